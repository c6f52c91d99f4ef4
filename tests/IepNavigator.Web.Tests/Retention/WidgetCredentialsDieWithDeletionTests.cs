using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IepNavigator.Dialogs.Content;
using IepNavigator.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Npgsql;

namespace IepNavigator.Web.Tests.Retention;

/// <summary>
/// "Delete my data" in the widget takes the widget's credentials with it (issue 21, item 3): the conversation token it
/// was said with, any copy of it, its refreshes and the browser's user key stop working — on every instance — and the
/// browser comes back as a new visitor.
/// </summary>
public sealed class WidgetCredentialsDieWithDeletionTests : IDisposable
{
    private readonly NavigatorHostFactory host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task OnSqlite_TheTokenItsCopyAndTheUserKey_DieWithDeleteMyData()
    {
        await RunAsync(host, host);
    }

    [Fact]
    public async Task OnPostgres_TheTokenItsCopyAndTheUserKey_DieWithDeleteMyData_OnEveryInstance()
    {
        var connectionString = await TestPostgres.ConnectionStringAsync();
        var schema = "s_" + Guid.NewGuid().ToString("N");
        var triage = "t_" + Guid.NewGuid().ToString("N");
        try
        {
            using var instanceA = OnPostgres(new NavigatorHostFactory(), connectionString, schema, triage);
            using var instanceB = OnPostgres(new NavigatorHostFactory(), connectionString, schema, triage);
            await RunAsync(instanceA, instanceB);
        }
        finally
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE; DROP SCHEMA IF EXISTS \"{triage}\" CASCADE;", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static WebApplicationFactory<Program> OnPostgres(NavigatorHostFactory factory, string connectionString, string schema, string triage) =>
        factory.WithWebHostBuilder(b => b
            .UseSetting("Storage:Provider", "Postgres")
            .UseSetting("ConnectionStrings:Postgres", connectionString)
            .UseSetting("Storage:PostgresSchema", schema)
            .UseSetting("Triage:PostgresSchema", triage)
            // Tokens signed on one instance are checked on the other.
            .UseSetting("DirectLine:SigningKey", "c2VjdXJpdHktdGVzdHMtc2lnbmluZy1rZXktMzItYnl0ZXMhIQ=="));

    /// <summary>The parent uses the widget on <paramref name="here"/>; every check after the deletion also runs on <paramref name="elsewhere"/>.</summary>
    private static async Task RunAsync(WebApplicationFactory<Program> here, WebApplicationFactory<Program> elsewhere)
    {
        var messages = here.Services.GetRequiredService<MessageCatalog>();
        var http = here.CreateClient();
        var other = elsewhere.CreateClient();
        var issued = await IssueAsync(http, new JObject());
        var token = (string)issued["token"]!;
        var conversation = (string)issued["conversationId"]!;
        Assert.Equal(HttpStatusCode.Created, await StatusAsync(http, HttpMethod.Post, "/v3/directline/conversations", token, new JObject { ["user"] = new JObject() }));
        // A copy of the token, as a thief or a forwarded link would hold it, refreshed before the deletion.
        var copy = (string)JObject.Parse(await BodyAsync(other, HttpMethod.Post, "/v3/directline/tokens/refresh", token))["token"]!;
        await SayAsync(http, conversation, token, "delete my data");
        await SayAsync(http, conversation, token, "yes");

        foreach (var (client, credential) in new[] { (http, token), (other, token), (http, copy), (other, copy) })
        {
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(client, HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities", credential));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(client, HttpMethod.Post, "/v3/directline/tokens/refresh", credential));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(client, HttpMethod.Get, $"/v3/directline/conversations/{conversation}", credential));
        }
        var returning = await IssueAsync(other, new JObject { ["conversationToken"] = token, ["userKey"] = issued["userKey"] });
        Assert.NotEqual((string)issued["userId"]!, (string)returning["userId"]!);
        Assert.False((bool)returning["resumed"]!);
        Assert.NotEqual(conversation, (string)returning["conversationId"]!);
        // The new visitor's chat works, and knows nothing of the old case.
        var fresh = (string)returning["token"]!;
        Assert.Equal(HttpStatusCode.Created, await StatusAsync(other, HttpMethod.Post, "/v3/directline/conversations", fresh, new JObject { ["user"] = new JObject() }));
        Assert.DoesNotContain(messages["delete.done"], await BodyAsync(other, HttpMethod.Get, $"/v3/directline/conversations/{returning["conversationId"]}/activities", fresh), StringComparison.Ordinal);
    }

    private static async Task<JObject> IssueAsync(HttpClient http, JObject body)
    {
        using var content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/api/widget/token", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task SayAsync(HttpClient http, string conversation, string token, string text) =>
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, HttpMethod.Post, $"/v3/directline/conversations/{conversation}/activities", token,
            new JObject { ["type"] = "message", ["text"] = text }));

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, HttpMethod method, string path, string bearer, JObject? body = null)
    {
        using var response = await SendAsync(http, method, path, bearer, body);
        return response.StatusCode;
    }

    private static async Task<string> BodyAsync(HttpClient http, HttpMethod method, string path, string bearer)
    {
        using var response = await SendAsync(http, method, path, bearer, null);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string bearer, JObject? body)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");
        }
        return await http.SendAsync(request);
    }
}
