using IepNavigator.Dialogs.Goals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Dialogs.Triage;

public static class TriageConversationServiceCollectionExtensions
{
    /// <summary>
    /// The advocate hand-off in the chat: the triage and withdraw dialogs, the interruptions that open them from
    /// anywhere ("talk to an advocate", "withdraw my request"), "delete my data" withdrawing requests too, and the
    /// "Talk to an advocate" button on advice with the book-advocate step; with the core chat (<c>AddDialogs()</c>), in
    /// any order. The host registers the <see cref="IAdvocateHandOff"/> (AddTriageHost).
    /// </summary>
    public static IServiceCollection AddTriageConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Registers<TriageDialog>())
        {
            return services;
        }
        services.AddDialogs();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TriageChatContent>();
        services.TryAddSingleton<HandOffRequests>();
        services.TryAddSingleton<PacketPreviewText>();
        services.AddDialog<TriageDialog>();
        services.AddDialog<WithdrawDialog>();
        services.AddDialog<ContactPrompt>();
        services.AddDialog<HandOffDetailPrompt>();
        services.AddInterruption<AdvocateInterruption>();
        services.AddInterruption<WithdrawInterruption>();
        services.AddInterruption<HandOffLanguageAnswer>();
        services.AddInterruption<DeleteDataWithdrawal>();
        services.AddAdviceOffer<AdvocateAdviceOffer>();
        return services;
    }
}
