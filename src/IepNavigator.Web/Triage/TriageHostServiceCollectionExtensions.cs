using IepNavigator.Dialogs.Triage;
using IepNavigator.Triage;
using IepNavigator.Web.Triage;
using Microsoft.Extensions.DependencyInjection.Extensions;

#pragma warning disable IDE0130 // In the DI namespace so Program.cs needs no using for it.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

public static class TriageHostServiceCollectionExtensions
{
    /// <summary>
    /// The advocate hand-off in this host: the triage back end (<c>AddTriage</c>: the desk, the packet store, the
    /// advocates' console and the webhook), the chat's hand-off dialogs (<see cref="TriageConversationServiceCollectionExtensions.AddTriageConversation"/>)
    /// and, between them, <see cref="IAdvocateHandOff"/> as <see cref="TriageDeskHandOff"/>. Calling it again adds nothing.
    /// </summary>
    public static IServiceCollection AddTriageHost(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Any(d => d.ServiceType == typeof(ITriageDesk)))
        {
            // AddTriage adds the console's cookie scheme, which may be added only once.
            services.AddTriage(configuration);
        }
        services.AddTriageConversation();
        services.TryAddSingleton<IAdvocateHandOff, TriageDeskHandOff>();
        return services;
    }
}
