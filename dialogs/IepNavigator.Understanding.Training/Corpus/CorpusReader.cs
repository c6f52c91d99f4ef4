using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace IepNavigator.Understanding.Training.Corpus;

/// <summary>Reads every *.jsonl file under the corpus folder (dialogs/IepNavigator.Understanding/Corpus).</summary>
public static class CorpusReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    /// <summary>The corpus folder of the repository this runs in (found by walking up to IepNavigator.sln).</summary>
    public static string DefaultFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IepNavigator.sln")))
        {
            dir = dir.Parent;
        }
        if (dir is null)
        {
            dir = new DirectoryInfo(Directory.GetCurrentDirectory());
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IepNavigator.sln")))
            {
                dir = dir.Parent;
            }
        }
        return dir is null
            ? throw new DirectoryNotFoundException("Cannot find the repository (IepNavigator.sln) above " + AppContext.BaseDirectory)
            : Path.Combine(dir.FullName, "dialogs", "IepNavigator.Understanding", "Corpus");
    }

    /// <summary>The repository's own models folder (where the trainer writes and the library embeds from).</summary>
    public static string ModelsFolder(string corpusFolder) => Path.GetFullPath(Path.Combine(corpusFolder, "..", "Models"));

    public static IReadOnlyList<CorpusExample> Read(string folder)
    {
        var examples = new List<CorpusExample>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var number = 0;
            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                var example = JsonSerializer.Deserialize<CorpusExample>(line, Options)
                    ?? throw new InvalidDataException($"{relative}:{number}: empty line");
                examples.Add(example with { File = relative, Line = number });
            }
        }
        return examples;
    }

    /// <summary>
    /// SHA-256 of what the trainer learns from: id, text, awaiting kind, stage and intent of every train line, in id
    /// order. A change to a train line (or a new one) changes it; fixing a test line's facts does not.
    /// </summary>
    public static string TrainingDataSha256(IEnumerable<CorpusExample> examples)
    {
        var builder = new StringBuilder();
        foreach (var e in examples.Where(e => e.Split == "train").OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            builder.Append(e.Id).Append('\t').Append(e.Text).Append('\t').Append(e.Awaiting).Append('\t')
                .Append(e.Stage ?? "none").Append('\t').Append(e.Intent).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
