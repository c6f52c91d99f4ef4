using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Teams.Tests.Fakes;

/// <summary>
/// A small Bot Connector on 127.0.0.1 (Kestrel, port 0) that activities' serviceUrl points to. It records
/// every call the bot makes and answers as the Teams connector does: {id} for messages, {id} for a new
/// conversation (the 1:1 chat of a member is always the same one), a member's details by id.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentDictionary<string, JObject> _members = new();
    private int _nextId;

    private FakeBotConnector(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put on activities (ends with a slash, as the channels send it).</summary>
    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    /// <summary>When set, CreateConversation answers 403 as Teams does for a member who blocked the bot.</summary>
    public bool RefuseConversations { get; set; }

    public static async Task<FakeBotConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FakeBotConnector(app);
        connector.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>Lets GET …/members/{id} answer with this member, as Teams does for people in the team.</summary>
    public void AddMember(string id, string aadObjectId, string tenantId) =>
        _members[id] = new JObject { ["id"] = id, ["aadObjectId"] = aadObjectId, ["tenantId"] = tenantId, ["userRole"] = "user" };

    /// <summary>The 1:1 conversation id the fake gives a member (stable, like Teams).</summary>
    public static string PersonalConversationId(string memberId) => "a:personal-" + memberId;

    public IReadOnlyList<ConnectorCall> MessagesIn(string conversationId) =>
        [.. Calls.Where(c => c.IsMessage && c.ConversationId == conversationId)];

    public IReadOnlyList<ConnectorCall> ConversationsCreated => [.. Calls.Where(c => c.Method == "POST" && c.Path == "/v3/conversations")];

    private void Map(WebApplication app)
    {
        app.MapPost("/v3/conversations", async (HttpContext http) =>
        {
            var body = await ReadAsync(http);
            _calls.Enqueue(new ConnectorCall("POST", "/v3/conversations", null, null, body));
            if (RefuseConversations)
            {
                return Json(403, new JObject { ["error"] = new JObject { ["code"] = "Forbidden", ["message"] = "The bot is blocked." } });
            }
            var member = body?["members"]?.First?.Value<string>("id") ?? "unknown";
            return Json(201, new JObject { ["id"] = PersonalConversationId(member), ["activityId"] = NextId() });
        });
        app.MapPost("/v3/conversations/{conversationId}/activities", async (HttpContext http, string conversationId) =>
        {
            _calls.Enqueue(new ConnectorCall("POST", http.Request.Path, Uri.UnescapeDataString(conversationId), null, await ReadAsync(http)));
            return Json(200, new JObject { ["id"] = NextId() });
        });
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", async (HttpContext http, string conversationId, string activityId) =>
        {
            _calls.Enqueue(new ConnectorCall("POST", http.Request.Path, Uri.UnescapeDataString(conversationId), Uri.UnescapeDataString(activityId), await ReadAsync(http)));
            return Json(200, new JObject { ["id"] = NextId() });
        });
        app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (HttpContext http, string conversationId, string memberId) =>
        {
            _calls.Enqueue(new ConnectorCall("GET", http.Request.Path, Uri.UnescapeDataString(conversationId), null, null));
            return _members.TryGetValue(Uri.UnescapeDataString(memberId), out var member)
                ? Json(200, member)
                : Json(404, new JObject { ["error"] = new JObject { ["code"] = "ConversationNotFound", ["message"] = "No such member." } });
        });
        app.MapFallback((HttpContext http) =>
        {
            _calls.Enqueue(new ConnectorCall(http.Request.Method, http.Request.Path, null, null, null));
            return Json(404, new JObject { ["error"] = new JObject { ["code"] = "NotFound", ["message"] = "The fake connector has no such route." } });
        });
    }

    private string NextId() => "fake-" + Interlocked.Increment(ref _nextId);

    private static async Task<JObject?> ReadAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync();
        return string.IsNullOrWhiteSpace(text) ? null : JObject.Parse(text);
    }

    private static IResult Json(int status, JObject body) =>
        Results.Text(body.ToString(), "application/json", statusCode: status);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
