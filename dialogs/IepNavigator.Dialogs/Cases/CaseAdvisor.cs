using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Advising;

namespace IepNavigator.Dialogs.Cases;

/// <summary>
/// Asks the knowledge base for advice on a case, as of today's date from the injected clock. A turn often
/// asks again for advice on unchanged facts (advice, then "why", then a letter), so recent answers are reused.
/// </summary>
public sealed class CaseAdvisor(IAdvisor advisor, TimeProvider clock)
{
    private readonly AdviceCache _recent = new();

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public DateTimeOffset Now => clock.GetUtcNow();

    public Advice Advise(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var today = Today;
        var facts = record.Facts with { Today = today };
        var advice = _recent.GetOrAdd(facts, today, () => advisor.Advise(facts, today));
        return WithRoughDatesAsMonths(advice, record);
    }

    /// <summary>
    /// A date the parent gave only roughly ("last March", "en marzo creo") is counted from as given, but written as its
    /// month ("March 2026"), as the case review shows it: never "March 1, 2026" as if the day were known.
    /// </summary>
    private static Advice WithRoughDatesAsMonths(Advice advice, CaseRecord record)
    {
        var rough = record.Approximate.Where(a => a.Value != DatePrecision.Day)
            .Select(a => (a.Value, Date: Knowledge.Facts.CaseFactFields.Find(a.Key)?.Read(record.Facts) as DateOnly?))
            .Where(a => a.Date is not null)
            .Select(a => (Exact: PlainDates.Format(a.Date!.Value), Rough: a.Value == DatePrecision.Year
                ? a.Date.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : PlainDates.MonthYear(a.Date.Value, ContentLanguage.Current)))
            .ToList();
        if (rough.Count == 0)
        {
            return advice;
        }
        var spanish = ContentLanguage.Normalize(ContentLanguage.Current) == ContentLanguage.Spanish;
        string? Written(string? text) => text is null ? null : rough.Aggregate(text, (t, r) => AsMonth(t, r.Exact, r.Rough, spanish));
        return advice with
        {
            Steps = [.. advice.Steps.Select(s => s with { Why = Written(s.Why)!, DeadlineRule = Written(s.DeadlineRule) })],
            Warnings = [.. advice.Warnings.Select(w => w with { Message = Written(w.Message)! })],
        };
    }

    /// <summary>
    /// The day written as its month, with the month's preposition: "on March 1, 2026" → "in March 2026", "el 1 de marzo de
    /// 2026" → "en marzo de 2026", "desde el …" → "desde marzo de 2026", "del …" → "de marzo de 2026" ("el marzo de 2026"
    /// was seen trying the bot as a parent). The whole date only: "1 de marzo de 2026" is also the end of "31 de marzo de 2026".
    /// </summary>
    private static string AsMonth(string text, string exact, string month, bool spanish)
    {
        const System.Text.RegularExpressions.RegexOptions Options = System.Text.RegularExpressions.RegexOptions.CultureInvariant;
        var date = @"(?<!\d)" + System.Text.RegularExpressions.Regex.Escape(exact);
        string Replace(string t, string pattern, Func<System.Text.RegularExpressions.Match, string> with) =>
            System.Text.RegularExpressions.Regex.Replace(t, pattern, m => with(m), Options);
        if (spanish)
        {
            text = Replace(text, @"\b(desde|hasta|para|antes de|después de|a partir de) el " + date, m => m.Groups[1].Value + " " + month);
            text = Replace(text, @"\b([Ee])l " + date, m => (m.Groups[1].Value == "E" ? "En " : "en ") + month);
            text = Replace(text, @"\bdel " + date, _ => "de " + month);
        }
        else
        {
            text = Replace(text, @"\b([Oo])n " + date, m => (m.Groups[1].Value == "O" ? "In " : "in ") + month);
        }
        return Replace(text, date, _ => month);
    }
}
