using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Knowledge;

/// <summary>Turns case facts into ordered next steps. Thread-safe; rules are compiled once.</summary>
public interface IAdvisor
{
    /// <summary>Advice for <paramref name="facts"/>, with deadlines computed from <paramref name="today"/>.</summary>
    Advice Advise(CaseFacts facts, DateOnly today);
}
