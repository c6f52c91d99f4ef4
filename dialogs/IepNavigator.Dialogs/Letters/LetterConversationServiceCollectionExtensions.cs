using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Dialogs.Letters.Interruptions;
using IepNavigator.Dialogs.Letters.Ledger;
using IepNavigator.Dialogs.Letters.Reminders;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Interruptions;
using IepNavigator.Letters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Dialogs.Letters;

public static class LetterConversationServiceCollectionExtensions
{
    /// <summary>
    /// Letters in the chat: the letters flow ("Draft the letter" hands over to it), the paper trail and its
    /// interruptions ("I sent it", "what have I sent?", "the school answered", the follow-up letter, the overdue
    /// notice) and the hosted reminder service. Call after <c>AddDialogs()</c>. The host registers
    /// <see cref="ILetterLinkIssuer"/> (signed download links); optionally an <c>IReminderStore</c>
    /// (<c>AddReminderStore</c>) and one <see cref="IProactiveChannel"/> per adapter for proactive reminders.
    /// </summary>
    public static IServiceCollection AddLetterConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(LetterDialog)))
        {
            return services;
        }
        services.AddLetters();
        services.TryAddSingleton<LetterLedgerContent>();
        services.TryAddSingleton<LetterFieldMemory>();
        services.TryAddSingleton<LetterFieldLabels>();
        services.TryAddSingleton<LetterDelivery>();
        services.TryAddSingleton<PaperTrail>();
        services.TryAddSingleton<SentMessage>();
        services.TryAddSingleton<OverdueNotice>();
        services.TryAddSingleton<ReminderScheduler>();
        services.TryAddSingleton<ReminderDispatcher>();

        services.TryAddSingleton<LetterDialog>();
        services.AddSingleton<Dialog>(sp => sp.GetRequiredService<LetterDialog>());

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, OverdueNoticeInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, LetterSentInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, SchoolAnsweredInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, LedgerListInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, FollowUpLetterInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, LetterAnswerInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, LetterFieldChangeInterruption>());

        // Each dated step of the advice with its calendar file (the host's ILetterLinkIssuer serves it).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Goals.IAdviceOffer, StepCalendarAdviceOffer>());

        services.AddHostedService<ReminderService>();
        return services;
    }
}
