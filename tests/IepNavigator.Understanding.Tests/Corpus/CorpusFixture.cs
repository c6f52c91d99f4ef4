using IepNavigator.Understanding.Training;
using IepNavigator.Understanding.Training.Corpus;

namespace IepNavigator.Understanding.Tests.Corpus;

/// <summary>The committed corpus and the committed models read once for every test class that scores them.</summary>
public sealed class CorpusFixture : IDisposable
{
    public CorpusFixture()
    {
        Folder = CorpusReader.DefaultFolder();
        Examples = CorpusReader.Read(Folder);
        Reader = new MessageReader();
        Results = Evaluator.Run(Reader, Examples);
    }

    public string Folder { get; }

    public IReadOnlyList<CorpusExample> Examples { get; }

    public MessageReader Reader { get; }

    /// <summary>Every example read with the committed models (the corpus's today, 2026-12-06).</summary>
    public IReadOnlyList<ExampleResult> Results { get; }

    public IReadOnlyList<ExampleResult> Split(string split, string group) =>
        [.. Results.Where(r => r.Example.Split == split && r.Example.Group == group)];

    public void Dispose() => Reader.Dispose();
}

[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusFixture>
{
    public const string Name = "corpus";
}
