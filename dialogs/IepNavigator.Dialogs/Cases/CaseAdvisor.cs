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
        return _recent.GetOrAdd(facts, today, () => advisor.Advise(facts, today));
    }
}
