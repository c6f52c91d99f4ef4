using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IepNavigator.IepReading.Model;
using IepNavigator.IepReading.Text;

namespace IepNavigator.IepReading.Content;

/// <summary>
/// The vocabulary of every language compiled once into expressions over folded text (<see cref="Fold"/>): lower case,
/// no accents. Every expression has a timeout, because the text comes from an uploaded file.
/// </summary>
internal sealed class CompiledVocabulary
{
    /// <summary>
    /// Generous: the expressions are ours and linear on ordinary text; the limit is there for text built to make them
    /// backtrack, and must not cut a match short on a machine busy with other work.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    // Compiled once per process (the vocabulary is a singleton): a 40-page IEP runs each expression thousands of times.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    public CompiledVocabulary(IReadOnlyList<(string Language, VocabularyDocument Document)> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var all = languages.Select(l => l.Document).Aggregate((a, b) => a.Merge(b));
        FunctionWords = languages.ToDictionary(l => l.Language, l => (IReadOnlySet<string>)l.Document.FunctionWords.Select(Fold.Text).ToHashSet(StringComparer.Ordinal));

        Headings = new (IepSection? Section, Regex Regex)[]
        {
            (IepSection.PresentLevels, Anchored(all.Sections["presentLevels"])),
            (IepSection.Goals, Anchored(all.Sections["goals"])),
            (IepSection.Services, Anchored(all.Sections["services"])),
            (IepSection.Accommodations, Anchored(all.Sections["accommodations"])),
            (IepSection.ProgressReporting, Anchored(all.Sections["progressReporting"])),
            (IepSection.Transition, Anchored(all.Sections["transition"])),
            (null, Anchored(all.Sections["other"])),
        };
        HeadingsAnywhere = Headings.Select(h => (h.Section, Compile(Bounded(h.Section switch
        {
            IepSection.PresentLevels => all.Sections["presentLevels"],
            IepSection.Goals => all.Sections["goals"],
            IepSection.Services => all.Sections["services"],
            IepSection.Accommodations => all.Sections["accommodations"],
            IepSection.ProgressReporting => all.Sections["progressReporting"],
            IepSection.Transition => all.Sections["transition"],
            _ => all.Sections["other"],
        })))).ToList();
        var number = @"\s*(?:#|no\.?|number|n[uo]m(?:ero)?\.?|n\.?o)?\s*(?<n>\d{1,2})(?![\d/.-]\d)";
        GoalHeading = Compile(@"^(?:" + Alternation(all.GoalHeadings) + ")" + number);
        ObjectiveHeading = Compile(@"^(?:" + Alternation(all.ObjectiveHeadings) + @")s?\s*(?:#|no\.?)?\s*[\d.a-z]{0,4}\b");
        Labels = all.Labels.ToDictionary(p => p.Key, p => Compile(Bounded(p.Value)), StringComparer.Ordinal);
        AnchoredLabels = all.Labels.ToDictionary(p => p.Key, p => Anchored(p.Value), StringComparer.Ordinal);
        ServiceKinds = all.ServiceKinds.Select(p => (p.Key, Compile(Bounded(p.Value)))).ToList();

        var times = all.Times.SelectMany(p => p.Value.Select(w => (Word: Fold.Text(w), Value: int.Parse(p.Key, CultureInfo.InvariantCulture)))).ToList();
        TimesByWord = times.GroupBy(t => t.Word).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        PeriodByWord = all.Periods.SelectMany(p => p.Value.Select(w => (Word: Fold.Text(w), Period: Enum.Parse<FrequencyPeriod>(p.Key, ignoreCase: true))))
            .GroupBy(t => t.Word).ToDictionary(g => g.Key, g => g.First().Period, StringComparer.Ordinal);
        var timesWord = @"(?:\d{1,2}|" + Alternation(times.Select(t => t.Word)) + ")";
        var period = "(?:" + Alternation(PeriodByWord.Keys) + ")";
        var per = "(?:" + Alternation(all.PerWords) + ")";
        var timesUnit = "(?:" + Alternation(all.TimesWords) + ")";
        var minuteUnit = "(?:" + Alternation(all.MinuteUnits) + ")";
        var hourUnit = "(?:" + Alternation(all.HourUnits) + ")";
        Minutes = Compile(@"(?<![\p{N}.])(?<![\p{L}-[x]])(?<n>\d{1,4}(?:[.,]\d+)?)\s*-?\s*(?:(?<m>" + minuteUnit + ")|(?<h>" + hourUnit + @"))\.?(?![\p{L}])");
        // "2 times per week", "2x weekly", "twice a week", "dos veces por semana", "2x/wk".
        TimesPer = Compile(@"(?<![\p{L}\p{N}])(?<n>" + timesWord + @")\s*" + timesUnit + @"(?:\s*" + per + @")?\s*(?:the\s+|la\s+|el\s+)?(?<p>" + period + @")(?![\p{L}])");
        // "twice weekly" (no unit word).
        TimesAdverb = Compile(@"(?<![\p{L}\p{N}])(?<n>" + Alternation(times.Where(t => t.Value > 1 && !t.Word.All(char.IsDigit)).Select(t => t.Word)) + @")\s+(?:a\s+)?(?<p>" + period + @")(?![\p{L}])");
        PerPeriod = Compile(@"(?<![\p{L}\p{N}])(?:" + per + @"\s*(?:the\s+|la\s+|el\s+)?(?<p>" + period + @")|(?<p>" + Alternation(all.Periods.Values.SelectMany(v => v).Where(w => w.EndsWith("ly", StringComparison.Ordinal) || w.EndsWith("mente", StringComparison.Ordinal) || w.Contains(' ', StringComparison.Ordinal) || w.StartsWith("bi", StringComparison.Ordinal) || w is "diario" or "diaria" or "semanal" or "mensual" or "quincenal")) + @"))(?![\p{L}])");

        ProgressFrequencies = all.ProgressFrequencies.Select(p => (int.Parse(p.Key, CultureInfo.InvariantCulture), Compile(Bounded(p.Value)))).ToList();
        ProgressWithGrading = Compile(Bounded(all.ProgressWithGrading));
        ProgressMethods = Compile(Bounded(all.ProgressMethods));
        ProgressWords = Compile(Bounded(all.ProgressWords));
        Vague = Compile(Bounded(all.Vague));
        PlaceNouns = Alternation(all.PlaceNouns);
        ProviderNouns = Alternation(all.ProviderNouns);
        Location = Compile(@"(?<![\p{L}])(?:" + Alternation(all.SentenceStarts["location"]) + @")\s+(?<v>[^,.;|()\d]{0,40}?(?:" + PlaceNouns + @"))(?![\p{L}])");
        Provider = Compile(@"(?<![\p{L}])(?:" + Alternation(all.SentenceStarts["provider"]) + @")\s+(?<v>[^,.;|()\d]{0,40}?(?:" + ProviderNouns + @"))(?![\p{L}])");
        StartWords = Compile(@"(?<![\p{L}])(?:" + Alternation(all.SentenceStarts["start"]) + @")\s+$");
        CheckedMarks = all.CheckedMarks.Distinct().ToList();
        UncheckedMarks = all.UncheckedMarks.Distinct().ToList();
        TransitionParts = all.TransitionParts.ToDictionary(p => p.Key, p => Compile(Bounded(p.Value)), StringComparer.Ordinal);

        MonthByWord = all.Months.SelectMany(p => p.Value.Select(w => (Word: Fold.Text(w), Month: int.Parse(p.Key, CultureInfo.InvariantCulture))))
            .GroupBy(t => t.Word).ToDictionary(g => g.Key, g => g.First().Month, StringComparer.Ordinal);
        var month = "(?<mon>" + Alternation(MonthByWord.Keys) + @")\.?";
        // October 14, 2026 / Oct. 14 2026 / 14 de octubre de 2026 / 14 October 2026 / 10/14/2026 / 2026-10-14.
        Dates = Compile(
            @"(?<![\p{L}\p{N}])(?:" + month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})"
            + @"|(?<d>\d{1,2})\s+(?:de\s+)?" + month + @"\s+(?:de\s+|del\s+)?(?<y>\d{4})"
            + @"|(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})"
            + @"|(?<a>\d{1,2})[/.-](?<b>\d{1,2})[/.-](?<y>\d{4}|\d{2}))(?![\p{N}])");
        WarmUp();
    }

    /// <summary>Runs every expression once, so the first document read does not pay for compiling them.</summary>
    private void WarmUp()
    {
        const string Sample = "annual goal 1: by october 2027, eli will read 90 words per minute; 30 minutes 2 times per week in the resource room by the teacher, 10/14/2026 [x] as needed";
        var all = Headings.Select(h => h.Regex).Concat(HeadingsAnywhere.Select(h => h.Regex)).Concat(Labels.Values).Concat(AnchoredLabels.Values)
            .Concat(ServiceKinds.Select(k => k.Regex)).Concat(ProgressFrequencies.Select(p => p.Regex)).Concat(TransitionParts.Values)
            .Concat([GoalHeading, ObjectiveHeading, Minutes, TimesPer, TimesAdverb, PerPeriod, ProgressWithGrading, ProgressMethods, ProgressWords, Vague, Location, Provider, StartWords, Dates]);
        foreach (var regex in all)
        {
            Find(regex, Sample);
        }
    }

    /// <summary>Section headings in order; a null section is a heading that ends the one before it.</summary>
    public IReadOnlyList<(IepSection? Section, Regex Regex)> Headings { get; }
    /// <summary>The same phrases anywhere in a line (for a bold heading such as "How Lucas is doing now (present levels)").</summary>
    public IReadOnlyList<(IepSection? Section, Regex Regex)> HeadingsAnywhere { get; }
    public Regex GoalHeading { get; }
    public Regex ObjectiveHeading { get; }
    /// <summary>Label phrases anywhere in a line, by key ("meeting", "service"...).</summary>
    public IReadOnlyDictionary<string, Regex> Labels { get; }
    /// <summary>Label phrases at the start of a cell.</summary>
    public IReadOnlyDictionary<string, Regex> AnchoredLabels { get; }
    public IReadOnlyList<(string Kind, Regex Regex)> ServiceKinds { get; }
    public IReadOnlyDictionary<string, int> TimesByWord { get; }
    public IReadOnlyDictionary<string, FrequencyPeriod> PeriodByWord { get; }
    public Regex Minutes { get; }
    public Regex TimesPer { get; }
    public Regex TimesAdverb { get; }
    public Regex PerPeriod { get; }
    public IReadOnlyList<(int TimesPerYear, Regex Regex)> ProgressFrequencies { get; }
    public Regex ProgressWithGrading { get; }
    public Regex ProgressMethods { get; }
    public Regex ProgressWords { get; }
    public Regex Vague { get; }
    public string PlaceNouns { get; }
    public string ProviderNouns { get; }
    public Regex Location { get; }
    public Regex Provider { get; }
    public Regex StartWords { get; }
    public IReadOnlyList<string> CheckedMarks { get; }
    public IReadOnlyList<string> UncheckedMarks { get; }
    public IReadOnlyDictionary<string, Regex> TransitionParts { get; }
    public IReadOnlyDictionary<string, int> MonthByWord { get; }
    public Regex Dates { get; }
    public IReadOnlyDictionary<string, IReadOnlySet<string>> FunctionWords { get; }

    /// <summary>A match that runs out of time finds nothing rather than failing the reading.</summary>
    public static Match Find(Regex regex, string input, int at = 0)
    {
        try
        {
            return regex.Match(input, at);
        }
        catch (RegexMatchTimeoutException)
        {
            return Match.Empty;
        }
    }

    public static IEnumerable<Match> FindAll(Regex regex, string input)
    {
        var match = Find(regex, input);
        while (match.Success)
        {
            yield return match;
            Match next;
            try
            {
                next = match.NextMatch();
            }
            catch (RegexMatchTimeoutException)
            {
                yield break;
            }
            match = next;
        }
    }

    private static Regex Compile(string pattern) => new(pattern, Options, Timeout);

    private static Regex Anchored(IEnumerable<string> phrases) => Compile(@"^(?:" + Alternation(phrases) + @")(?![\p{L}\p{N}])");

    /// <summary>
    /// Phrases as whole words: one boundary check around the phrases that start and end with a letter or digit (most of
    /// them), and per-phrase checks only for the others ("[x]", "d.o.b.").
    /// </summary>
    private static string Bounded(IEnumerable<string> phrases)
    {
        var all = Sorted(phrases).ToList();
        var words = all.Where(p => char.IsLetterOrDigit(p[0]) && char.IsLetterOrDigit(p[^1])).ToList();
        var others = all.Except(words).Select(BoundedPhrase).ToList();
        var parts = new List<string>();
        if (words.Count > 0)
        {
            parts.Add(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', words.Select(Piece)) + @")(?![\p{L}\p{N}])");
        }
        parts.AddRange(others);
        return "(?:" + string.Join('|', parts) + ")";
    }

    /// <summary>Phrases longest first, escaped, folded, a space matching any white space.</summary>
    public static string Alternation(IEnumerable<string> phrases) => string.Join('|', Sorted(phrases).Select(Piece));

    private static IEnumerable<string> Sorted(IEnumerable<string> phrases) =>
        phrases.Select(Fold.Text).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal);

    private static string Piece(string phrase)
    {
        var text = new StringBuilder();
        foreach (var part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (text.Length > 0)
            {
                text.Append(@"\s+");
            }
            text.Append(Regex.Escape(part));
        }
        return text.ToString();
    }

    private static string BoundedPhrase(string phrase)
    {
        var piece = Piece(phrase);
        var before = char.IsLetterOrDigit(phrase[0]) ? @"(?<![\p{L}\p{N}])" : "";
        var after = char.IsLetterOrDigit(phrase[^1]) ? @"(?![\p{L}\p{N}])" : "";
        return before + piece + after;
    }
}
