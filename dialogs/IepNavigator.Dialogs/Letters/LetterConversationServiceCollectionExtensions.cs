using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Dialogs.Letters.Interruptions;
using IepNavigator.Dialogs.Letters.Ledger;
using IepNavigator.Dialogs.Letters.Reminders;
using IepNavigator.Letters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Dialogs.Letters;

public static class LetterConversationServiceCollectionExtensions
{
    /// <summary>
    /// Letters in the chat: the letters flow ("Draft the letter" hands over to it), the paper trail and its
    /// interruptions ("I sent it", "what have I sent?", "the school answered", the follow-up letter, the overdue
    /// notice) and the hosted reminder service; with the core chat (<c>AddDialogs()</c>), in any order. The host registers
    /// <see cref="ILetterLinkIssuer"/> (signed download links); optionally an <c>IReminderStore</c>
    /// (<c>AddReminderStore</c>) and one <see cref="IProactiveChannel"/> per adapter for proactive reminders.
    /// </summary>
    public static IServiceCollection AddLetterConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Registers<LetterDialog>())
        {
            return services;
        }
        services.AddDialogs();
        services.AddLetters();
        services.TryAddSingleton<LetterLedgerContent>();
        services.TryAddSingleton<LetterFieldMemory>();
        services.TryAddSingleton<LetterFieldLabels>();
        services.TryAddSingleton<LetterFieldSuggestions>();
        services.TryAddSingleton<SchoolTitles>();
        services.TryAddSingleton<LetterDelivery>();
        services.TryAddSingleton<PaperTrail>();
        services.TryAddSingleton<SentMessage>();
        services.TryAddSingleton<OverdueNotice>();
        services.TryAddSingleton<ReminderScheduler>();
        services.TryAddSingleton<ReminderDispatcher>();

        services.AddDialog<LetterDialog>();

        services.AddInterruption<OverdueNoticeInterruption>();
        services.AddInterruption<LetterSentInterruption>();
        services.AddInterruption<SchoolAnsweredInterruption>();
        services.AddInterruption<LedgerListInterruption>();
        services.AddInterruption<FollowUpLetterInterruption>();
        services.AddInterruption<LetterAnswerInterruption>();
        services.AddInterruption<LetterFieldChangeInterruption>();

        // Each dated step of the advice with its calendar file (the host's ILetterLinkIssuer serves it).
        services.AddAdviceOffer<StepCalendarAdviceOffer>();

        services.AddHostedService<ReminderService>();
        return services;
    }
}
