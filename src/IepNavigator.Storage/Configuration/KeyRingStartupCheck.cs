using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Storage.Configuration;

/// <summary>
/// At host start: opens the key-encryption certificate when one is configured (a wrong path or password fails
/// the start, not the first turn), and says where the keys are; warns once when they are not encrypted at rest.
/// </summary>
internal sealed class KeyRingStartupCheck(KeyRing keyRing, ILogger<KeyRingStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (keyRing.Certificate is null)
        {
            StorageLog.KeysNotEncrypted(logger, keyRing.Location);
        }
        else
        {
            StorageLog.KeyRingReady(logger, keyRing.Location);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
