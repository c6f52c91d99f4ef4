using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Interruptions;
using IepNavigator.IepReading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Dialogs.IepUploads;

public static class IepUploadConversationExtensions
{
    /// <summary>
    /// An IEP file sent in the chat is read, explained and laid over the case (call after
    /// <see cref="ServiceCollectionExtensions.AddDialogs"/> and <c>AddGoalConversation</c>). The host registers its
    /// <see cref="IAttachmentSource"/> (before or after); without one every file is "could not open".
    /// </summary>
    public static IServiceCollection AddIepUploadConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(IepConfirmDialog)))
        {
            return services;
        }
        services.AddIepReading();
        services.TryAddSingleton<IAttachmentSource, NoAttachmentSource>();
        services.TryAddSingleton<IepUploadChatContent>();
        services.TryAddSingleton<IepConfirmDialog>();
        services.AddSingleton<Dialog>(sp => sp.GetRequiredService<IepConfirmDialog>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, IepUploadInterruption>());
        return services;
    }
}
