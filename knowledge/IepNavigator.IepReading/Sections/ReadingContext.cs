using IepNavigator.IepReading.Content;
using IepNavigator.IepReading.Documents;
using IepNavigator.IepReading.Text;

namespace IepNavigator.IepReading.Sections;

/// <summary>One document being read: its lines, their folded text, its language, its sections and how its dates are written.</summary>
internal sealed class ReadingContext
{
    public ReadingContext(DocumentText document, CompiledVocabulary words)
    {
        Document = document;
        Words = words;
        Lines = document.Lines;
        Folded = Lines.Select(l => Fold.Text(l.Text)).ToList();
        Language = LanguageOf(Folded, words);
        Dates = DateText.For(string.Join('\n', Folded), Language, words);
        Headings = Enumerable.Range(0, Lines.Count).Select(i => SectionFinder.FindHeading(this, i)).ToList();
        Sections = SectionFinder.Find(this);
        var lengths = Lines.Select(l => l.Text.Length).Order().ToList();
        WrapLength = lengths.Count == 0 ? 0 : (int)(lengths[(int)(lengths.Count * 0.9)] * 0.75);
    }

    /// <summary>A PDF line at least this long was wrapped by the layout (three quarters of the document's long lines).</summary>
    public int WrapLength { get; }

    public DocumentText Document { get; }
    public CompiledVocabulary Words { get; }
    public IReadOnlyList<DocumentLine> Lines { get; }
    public IReadOnlyList<string> Folded { get; }
    public string Language { get; }
    public DateText Dates { get; }
    public IReadOnlyList<SectionSpan> Sections { get; }

    /// <summary>The heading on each line, or null (found once; every reader asks).</summary>
    public IReadOnlyList<Heading?> Headings { get; }

    /// <summary>"en" or "es", by counting each language's function words (first 40,000 characters).</summary>
    public static string LanguageOf(IEnumerable<string> folded, CompiledVocabulary words)
    {
        var counts = words.FunctionWords.ToDictionary(p => p.Key, _ => 0, StringComparer.Ordinal);
        int seen = 0;
        foreach (var line in folded)
        {
            foreach (var token in line.Split([' ', ',', '.', ';', ':', '|', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var (language, set) in words.FunctionWords)
                {
                    if (set.Contains(token))
                    {
                        counts[language]++;
                    }
                }
            }
            if ((seen += line.Length) > 40_000)
            {
                break;
            }
        }
        return counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key == "en" ? 0 : 1).First().Key;
    }

    /// <summary>The sections of a kind, in order.</summary>
    public IEnumerable<SectionSpan> Of(Model.IepSection section) => Sections.Where(s => s.Kind == section);
}
