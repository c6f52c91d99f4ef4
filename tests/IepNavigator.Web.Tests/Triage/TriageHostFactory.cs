using IepNavigator.Dialogs.Triage;
using IepNavigator.Triage;
using IepNavigator.Triage.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Web.Tests.Triage;

/// <summary>
/// The real host with the triage back end and the chat's hand-off, as Program.cs composes them (AddTriageHost, which
/// adds nothing when called again).
/// </summary>
public sealed class TriageHostFactory : IDisposable
{
    private readonly NavigatorHostFactory _host = new();

    public TriageHostFactory()
    {
        Factory = _host.WithWebHostBuilder(builder => builder.ConfigureServices((context, services) =>
        {
            services.AddTriageHost(context.Configuration);
        }));
    }

    public WebApplicationFactory<Program> Factory { get; }

    public BotClient Client(string conversationId, string userId = "parent-1") => new(Factory.CreateClient(), conversationId, userId);

    public ITriageDesk Desk => Factory.Services.GetRequiredService<ITriageDesk>();

    public TriagePacketStore Packets => Factory.Services.GetRequiredService<TriagePacketStore>();

    public TriageChatContent Content => Factory.Services.GetRequiredService<TriageChatContent>();

    public void Dispose()
    {
        Factory.Dispose();
        _host.Dispose();
    }
}
