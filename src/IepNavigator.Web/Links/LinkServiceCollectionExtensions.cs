using IepNavigator.Storage.Access;
using IepNavigator.Web.Bot;

namespace IepNavigator.Web.Links;

public static class LinkServiceCollectionExtensions
{
    /// <summary>
    /// Links that die with "delete my data": the user-access store (data generations, beside the state), the turn's
    /// owner scope, and its middleware on both adapters. Idempotent (letters and charts both call it).
    /// </summary>
    public static IServiceCollection AddOwnedLinks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(LinkOwnerScope)))
        {
            return services;
        }
        services.AddUserAccessStore(configuration);
        services.AddSingleton<LinkOwnerScope>();
        services.AddAdapterMiddleware<LinkOwnerMiddleware>();
        return services;
    }
}
