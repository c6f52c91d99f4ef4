using IepNavigator.Storage.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

#pragma warning disable IDE0130 // In the DI namespace so the host's Program.cs needs no using for it.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

public static class NavigatorDataProtectionServiceCollectionExtensions
{
    /// <summary>
    /// The one place the host's ASP.NET Core Data Protection is configured (stored state, letter and chart links,
    /// anything else that asks for <see cref="IDataProtectionProvider"/>): application name "IepNavigator"; keys in
    /// DataProtection:KeysDirectory, by default &lt;Storage:DataDirectory&gt;/keys, or with Storage:Provider=Postgres
    /// in the storage schema's data_protection_keys table so every instance shares them; keys encrypted with
    /// DataProtection:CertificatePath when set (a warning at start otherwise). Safe to call more than once;
    /// <c>AddNavigatorStorage</c> calls it.
    /// </summary>
    public static IServiceCollection AddNavigatorDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(KeyRing)))
        {
            return services;
        }

        var certificate = KeyRing.LoadCertificate(configuration);
        services.AddSingleton(provider => KeyRing.Create(configuration, certificate, provider.GetService<IHostEnvironment>()));
        var dataProtection = services.AddDataProtection().SetApplicationName(KeyRing.ApplicationName);
        if (certificate is not null)
        {
            dataProtection.ProtectKeysWithCertificate(certificate);
        }

        // The repository needs the content root and a logger, so it is chosen when the options are first read.
        services.AddOptions<KeyManagementOptions>().Configure<KeyRing, IServiceProvider>((options, keyRing, provider) =>
            options.XmlRepository = keyRing.CreateRepository(provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance));
        services.AddHostedService<KeyRingStartupCheck>();
        return services;
    }
}
