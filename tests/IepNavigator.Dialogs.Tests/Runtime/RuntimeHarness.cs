using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Interruptions;
using IepNavigator.Dialogs.Runtime.Prompts;
using IepNavigator.Dialogs.State;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Storage;
using IepNavigator.Storage.Memory;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.Dialogs.Tests.Runtime;

/// <summary>The runtime with its real prompts and interruptions around a small three-question waterfall.</summary>
internal sealed class RuntimeHarness
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    public RuntimeHarness(IStateDocumentStore? storage = null)
    {
        Storage = storage ?? new MemoryDocumentStore();
        var clock = new FakeTimeProvider(Now);
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var messages = new MessageCatalog();
        var services = new PromptServices(new AnswerVocabulary(), messages, clock);
        var phrases = new InterruptionPhrases();
        Dialog[] dialogs =
        [
            new TextPrompt(services), new ChoicePrompt(services), new ConfirmPrompt(services),
            new DatePrompt(services), new NumberPrompt(services), new ThreeQuestionsDialog(),
        ];
        IInterruption[] interruptions =
            [new HelpInterruption(phrases, messages), new StartOverInterruption(phrases, messages), new CancelInterruption(phrases, messages)];
        Runner = new DialogRunner(
            new DialogRegistry(dialogs), StateOver(Storage),
            interruptions, messages, NullLogger<DialogRunner>.Instance, ThreeQuestionsDialog.DialogId);
    }

    public IStateDocumentStore Storage { get; }

    /// <summary>A turn's state over <paramref name="store"/>, as AddDialogs builds it.</summary>
    public static TurnStateStore StateOver(IStateDocumentStore store) => new(store, NullLogger<TurnStateStore>.Instance);
    public DialogRunner Runner { get; }

    public DialogTestClient Client(string conversationId = "conversation-1") =>
        new((turn, ct) => Runner.RunAsync(turn, ct), conversationId: conversationId);
}

/// <summary>Asks a date, a yes/no and a multiple choice, echoing each typed result.</summary>
internal sealed class ThreeQuestionsDialog : WaterfallDialog
{
    public const string DialogId = "test.three-questions";

    public ThreeQuestionsDialog()
        : base(DialogId, [AskDateAsync, AskWritingAsync, AskWorriesAsync, EchoWorriesAsync])
    {
    }

    private static Task<DialogTurnResult> AskDateAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.PromptAsync(DialogIds.DatePrompt, new PromptOptions { Text = "When did you ask?", AllowUnknown = true, Tag = "evaluationRequestedOn" }, ct);

    private static async Task<DialogTurnResult> AskWritingAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var answer = (PromptAnswer<DateOnly>)step.Result!;
        await step.Dialog.Context.SendActivityAsync("date: " + (answer.IsUnknown ? "unknown" : answer.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), cancellationToken: ct);
        return await step.PromptAsync(DialogIds.ConfirmPrompt, new PromptOptions { Text = "Was it in writing?", AllowUnknown = true }, ct);
    }

    private static async Task<DialogTurnResult> AskWorriesAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var answer = (PromptAnswer<bool>)step.Result!;
        await step.Dialog.Context.SendActivityAsync("writing: " + (answer.IsUnknown ? "unknown" : answer.Value ? "yes" : "no"), cancellationToken: ct);
        ChoiceOption[] choices =
        [
            new() { Value = "reading", Title = "Reading" },
            new() { Value = "math", Title = "Math" },
            new() { Value = "behavior", Title = "Behavior", Synonyms = ["meltdowns"] },
        ];
        return await step.PromptAsync(DialogIds.ChoicePrompt, new PromptOptions { Text = "What worries you?", Choices = [.. choices], AllowMultiple = true, AllowUnknown = true }, ct);
    }

    private static async Task<DialogTurnResult> EchoWorriesAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var answer = (PromptAnswer<IReadOnlyList<string>>)step.Result!;
        await step.Dialog.Context.SendActivityAsync("worries: " + (answer.IsUnknown ? "unknown" : string.Join(",", answer.Value!)), cancellationToken: ct);
        return await step.EndAsync(null, ct);
    }
}
