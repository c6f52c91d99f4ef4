using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Web.Bot;

/// <summary>
/// The start-up warm-up's work (<see cref="StartWarmUp"/>): build what a first turn needs and run it once on a built-in
/// sample, so the first parent's turn finds the models loaded and the reading and advising code compiled. The samples are
/// fixed inputs of the warm-up, never shown to anyone and never a parent's data; nothing is stored.
/// </summary>
public static class StartWarmUpSamples
{
    /// <summary>A typical opening: a stage, a state and two concerns, so the clause, fact and model paths all run.</summary>
    private const string SampleMessage = "My son is in 3rd grade and struggles with reading and attention. We live in Ohio and nobody has tested him yet.";

    /// <summary>A mid-size case of the commonest stage (the one the benchmark's and most parents' advice starts from).</summary>
    private static readonly CaseFacts SampleCase = new()
    {
        Stage = Stage.Concerned,
        State = "OH",
        ChildAge = 8,
        Concerns = [ConcernArea.Reading, ConcernArea.Attention],
    };

    /// <summary>Builds the message reader (models, vocabulary) and reads <see cref="SampleMessage"/> once.</summary>
    public static void ReadOneMessage(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var reader = services.GetRequiredService<Lazy<MessageReader>>().Value;
        _ = reader.Read(SampleMessage, new MessageContext(Today(services)) { Language = "en" });
    }

    /// <summary>Compiles the rule set (resolving the advisor) and advises <see cref="SampleCase"/> once.</summary>
    public static void AdviseOneCase(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _ = services.GetRequiredService<IAdvisor>().Advise(SampleCase, Today(services));
    }

    private static DateOnly Today(IServiceProvider services) =>
        DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
}
