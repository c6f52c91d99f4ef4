using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace IepNavigator.DirectLine.Bot;

/// <summary>Gives the adapter ConnectorClients whose HTTP never leaves the process.</summary>
public sealed class EmbeddedConnectorFactory(EmbeddedConnectorHandler handler) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default)
    {
        // The handler is a singleton shared by every client, so the HttpClient must not dispose it.
#pragma warning disable CA2000 // ConnectorClient owns and disposes the HttpClient (disposeHttpClient: true).
        var http = new HttpClient(handler, disposeHandler: false);
#pragma warning restore CA2000
        IConnectorClient client = new ConnectorClient(new Uri(serviceUrl), MicrosoftAppCredentials.Empty, http, disposeHttpClient: true);
        return Task.FromResult(client);
    }
}
