using System.Diagnostics;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Web.Telemetry;

/// <summary>
/// Measures advice latency from the host side by wrapping the registered <see cref="IAdvisor"/>, so the chat and
/// the API are both measured without the knowledge project depending on telemetry.
/// </summary>
public sealed class TimedAdvisor(IAdvisor inner, HostMetrics metrics) : IAdvisor
{
    public Advice Advise(CaseFacts facts, DateOnly today)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return inner.Advise(facts, today);
        }
        finally
        {
            metrics.AdviceComputed(Stopwatch.GetElapsedTime(started));
        }
    }
}
