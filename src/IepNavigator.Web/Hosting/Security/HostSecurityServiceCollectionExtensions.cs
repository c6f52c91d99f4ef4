namespace IepNavigator.Web.Hosting.Security;

public static class HostSecurityServiceCollectionExtensions
{
    /// <summary>The host's own protections, in front of every endpoint: log privacy.</summary>
    public static IServiceCollection AddHostSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddLogPrivacy();
        return services;
    }
}
