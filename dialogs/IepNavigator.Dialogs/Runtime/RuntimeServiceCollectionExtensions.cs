using IepNavigator.Dialogs.Goals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IepNavigator.Dialogs.Runtime;

/// <summary>
/// The one way a feature's registration adds its parts for the runner: dialogs (found by id through the
/// <see cref="DialogRegistry"/>), interruptions (run in <see cref="Conversation.InterruptionOrder"/>) and advice offers
/// (in <see cref="Conversation.AdviceOfferOrder"/>). Neither order depends on the order of registration.
/// </summary>
internal static class RuntimeServiceCollectionExtensions
{
    /// <summary>True when the feature whose marker type this is was registered already (each Add… runs once).</summary>
    public static bool Registers<TMarker>(this IServiceCollection services) =>
        services.Any(d => d.ServiceType == typeof(TMarker));

    /// <summary>A dialog: one singleton, resolvable by its type and listed among the <see cref="Dialog"/>s.</summary>
    public static IServiceCollection AddDialog<TDialog>(this IServiceCollection services)
        where TDialog : Dialog
    {
        services.TryAddSingleton<TDialog>();
        services.AddSingleton<Dialog>(sp => sp.GetRequiredService<TDialog>());
        return services;
    }

    public static IServiceCollection AddInterruption<TInterruption>(this IServiceCollection services)
        where TInterruption : class, IInterruption
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterruption, TInterruption>());
        return services;
    }

    public static IServiceCollection AddAdviceOffer<TOffer>(this IServiceCollection services)
        where TOffer : class, IAdviceOffer
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAdviceOffer, TOffer>());
        return services;
    }
}
