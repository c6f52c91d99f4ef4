using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Conversation;
using IepNavigator.Dialogs.Flows;
using IepNavigator.Dialogs.Flows.Interruptions;
using IepNavigator.Dialogs.Presentation;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Interruptions;
using IepNavigator.Dialogs.Runtime.Prompts;
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
    /// AddNavigatorStorage), TimeProvider and the knowledge base (AddKnowledge).
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(NavigatorBot)))
        {
            return services;
        }
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<MessageCatalog>();
        services.TryAddSingleton<AnswerVocabulary>();
        services.TryAddSingleton<InterruptionPhrases>();
        services.TryAddSingleton<LanguageWords>();
        services.TryAddSingleton<StageCatalog>();
        services.TryAddSingleton<StageRecognizer>();
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
        // "Why?" reads each step's duties from the catalogue; registered as AddKnowledge does, so hosts and test
        // harnesses that hand in only the advisor still compose (whichever registers first wins, the same way).
        services.TryAddSingleton<IepNavigator.Knowledge.Steps.StepCatalogue>();
        services.TryAddSingleton<IepNavigator.Knowledge.Steps.IStepCatalogue>(sp => sp.GetRequiredService<IepNavigator.Knowledge.Steps.StepCatalogue>());

        // Dialogs: registered once, found by id through the registry.
        AddDialog<TextPrompt>(services);
        AddDialog<ChoicePrompt>(services);
        AddDialog<ConfirmPrompt>(services);
        AddDialog<DatePrompt>(services);
        AddDialog<NumberPrompt>(services);
        AddDialog<StagePrompt>(services);
        AddDialog<MainDialog>(services);
        AddDialog<FactQuestionsDialog>(services);
        AddDialog<AdviceDialog>(services);
        AddDialog<ReviewDialog>(services);
        AddDialog<ChildrenDialog>(services);
        AddDialog<DeleteDataDialog>(services);
        services.TryAddSingleton(sp => new DialogRegistry(sp.GetServices<Dialog>()));

        // Interruptions, in their Order (Conversation/InterruptionOrder.cs): the message read first, then
        // "español"/"English", a message in another language, the welcome back, the overdue notice, the facts noted, help, start over, delete, cancel, a letter, why, a correction,
        // a side question, review, switch or add a child, small talk.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, UnderstandMessageInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, ReturningWelcomeInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, StatedFactsInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, SchoolBreaksInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, DraftLetterInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, CorrectionInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, SideQuestionInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, SmallTalkInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, LanguageSwitchInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, HelpInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, StartOverInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, DeleteDataInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, CancelInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, WhyInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, ReviewInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, SwitchChildInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, AddChildInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, OtherLanguageInterruption>());

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

    private static void AddDialog<TDialog>(IServiceCollection services)
        where TDialog : Dialog
    {
        services.TryAddSingleton<TDialog>();
        services.AddSingleton<Dialog>(sp => sp.GetRequiredService<TDialog>());
    }
}
