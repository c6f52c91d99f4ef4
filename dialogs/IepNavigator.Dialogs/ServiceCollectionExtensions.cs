using IepNavigator.Dialogs.Flows;
using IepNavigator.Dialogs.Flows.Interruptions;
using IepNavigator.Dialogs.Presentation;
using IepNavigator.Dialogs.State;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Storage;
using IepNavigator.Understanding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Dialogs;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bot (as <see cref="IBot"/> and <see cref="NavigatorBot"/>), its dialogs, interruptions
    /// and the <see cref="DialogRunner"/>. The host registers the state store (<see cref="IStateDocumentStore"/>, e.g.
    /// AddNavigatorStorage), TimeProvider and the knowledge base (AddKnowledge). Each feature folder's
    /// <c>Add&lt;Feature&gt;Conversation()</c> calls this itself, so features and the core go in any order.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Registers<NavigatorBot>())
        {
            return services;
        }
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<MessageCatalog>();
        services.TryAddSingleton<AnswerVocabulary>();
        services.TryAddSingleton<InterruptionPhrases>();
        services.TryAddSingleton<IepNavigator.Understanding.Reading.LanguageReader>();
        services.TryAddSingleton<ChildWords>();
        services.TryAddSingleton<StageCatalog>();
        services.TryAddSingleton<StageRecognizer>();
        services.TryAddSingleton<StagePrecedence>();
        services.TryAddSingleton<FactQuestionCatalog>();
        services.TryAddSingleton<ExplainerCatalog>();
        services.TryAddSingleton<LetterContents>();
        services.TryAddSingleton<PromptServices>();
        // Reads every message (models loaded once; thread-safe). Loaded on first use, not when the bot is composed: a request
        // refused before the bot runs (a bad token) must not wait for the models; the host warms it in the background.
        services.TryAddSingleton(_ => new MessageReader());
        services.TryAddSingleton(sp => new Lazy<MessageReader>(sp.GetRequiredService<MessageReader>));
        services.TryAddSingleton<Conversation.ButtonTaps>();
        services.TryAddSingleton<SideQuestionAnswers>();
        services.TryAddSingleton<ReplyChannelData>();

        services.TryAddSingleton<TurnStateStore>();
        services.TryAddSingleton<ITurnState>(sp => sp.GetRequiredService<TurnStateStore>());
        services.TryAddSingleton<CaseStore>();
        services.TryAddSingleton<CaseAdvisor>();
        services.TryAddSingleton<FactAnswers>();
        services.TryAddSingleton<FactPrompts>();
        services.TryAddSingleton<OpeningFacts>();
        services.TryAddSingleton<AdviceMessage>();
        services.TryAddSingleton<ReturningWelcome>();
        services.TryAddSingleton<Conversation.FirstReplyWelcome>();
        // "Why?" reads each step's duties from the catalog; registered as AddKnowledge does, so hosts and test
        // harnesses that hand in only the advisor still compose (whichever registers first wins, the same way).
        services.TryAddSingleton<IepNavigator.Knowledge.Steps.StepCatalog>();
        services.TryAddSingleton<IepNavigator.Knowledge.Steps.IStepCatalog>(sp => sp.GetRequiredService<IepNavigator.Knowledge.Steps.StepCatalog>());

        // Dialogs: registered once, found by id through the registry.
        services.AddDialog<TextPrompt>();
        services.AddDialog<ChoicePrompt>();
        services.AddDialog<ConfirmPrompt>();
        services.AddDialog<DatePrompt>();
        services.AddDialog<NumberPrompt>();
        services.AddDialog<StagePrompt>();
        services.AddDialog<MainDialog>();
        services.AddDialog<FactQuestionsDialog>();
        services.AddDialog<AdviceDialog>();
        services.AddDialog<ReviewDialog>();
        services.AddDialog<ChildrenDialog>();
        services.AddDialog<DeleteDataDialog>();
        services.TryAddSingleton(sp => new DialogRegistry(sp.GetServices<Dialog>()));

        // Interruptions: they run in Conversation/InterruptionOrder.cs's order, whatever the order here.
        services.AddInterruption<UnderstandMessageInterruption>();
        services.AddInterruption<ReturningWelcomeInterruption>();
        services.AddInterruption<StatedFactsInterruption>();
        services.AddInterruption<SchoolBreaksInterruption>();
        services.AddInterruption<DraftLetterInterruption>();
        services.AddInterruption<CorrectionInterruption>();
        services.AddInterruption<WhatNextInterruption>();
        services.AddInterruption<SideQuestionInterruption>();
        services.AddInterruption<SmallTalkInterruption>();
        services.AddInterruption<LanguageSwitchInterruption>();
        services.AddInterruption<HelpInterruption>();
        services.AddInterruption<StartOverInterruption>();
        services.AddInterruption<DeleteDataInterruption>();
        services.AddInterruption<CancelInterruption>();
        services.AddInterruption<WhyInterruption>();
        services.AddInterruption<ReviewInterruption>();
        services.AddInterruption<SwitchChildInterruption>();
        services.AddInterruption<AddChildInterruption>();
        services.AddInterruption<OtherLanguageInterruption>();

        // One read and one write per turn over the host's state store; see Runtime/README.md and State/README.md.
        services.TryAddSingleton<TurnTransaction>();
        services.TryAddSingleton(sp => new DialogRunner(
            sp.GetRequiredService<DialogRegistry>(),
            sp.GetRequiredService<ITurnState>(),
            sp.GetServices<IInterruption>(),
            sp.GetRequiredService<MessageCatalog>(),
            sp.GetRequiredService<ILogger<DialogRunner>>(),
            FlowIds.Main,
            sp.GetRequiredService<TurnTransaction>()));

        services.TryAddSingleton<NavigatorBot>();
        services.TryAddSingleton<IBot>(sp => sp.GetRequiredService<NavigatorBot>());
        return services;
    }
}
