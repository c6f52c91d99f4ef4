using IepNavigator.Dialogs.Goals;
using IepNavigator.IepReading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Dialogs.IepUploads;

public static class IepUploadConversationServiceCollectionExtensions
{
    /// <summary>
    /// An IEP file sent in the chat is read, explained and laid over the case; with the core chat and the goal tracker
    /// it offers the goals to (both registered here, in any order). The host registers its
    /// <see cref="IAttachmentSource"/> (before or after); without one every file is "could not open".
    /// </summary>
    public static IServiceCollection AddIepUploadConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Registers<IepConfirmDialog>())
        {
            return services;
        }
        services.AddGoalConversation();
        services.AddIepReading();
        services.TryAddSingleton<IAttachmentSource, NoAttachmentSource>();
        services.TryAddSingleton<IepUploadChatContent>();
        services.AddDialog<IepConfirmDialog>();
        services.AddInterruption<IepUploadInterruption>();
        return services;
    }
}
