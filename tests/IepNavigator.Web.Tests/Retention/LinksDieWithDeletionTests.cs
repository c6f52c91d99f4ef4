using System.Net;
using IepNavigator.Dialogs.Goals;
using IepNavigator.Dialogs.Letters.Drafting;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Rendering;
using IepNavigator.Tests.Shared;
using IepNavigator.Web.Goals;
using IepNavigator.Web.Links;
using IepNavigator.Web.Tests.Goals;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Npgsql;

namespace IepNavigator.Web.Tests.Retention;

/// <summary>
/// "Delete my data" also kills every letter and chart link the chat gave that parent (issue 21, item 6): afterwards the
/// link answers 404 instead of the child's name, birth date and the parent's email — on this instance and on every
/// other one (SQLite: the host's next life over the same folder; PostgreSQL: a second instance on the same database).
/// Another parent's links keep working.
/// </summary>
public sealed class LinksDieWithDeletionTests : IDisposable
{
    private const string Parent = "parent-deleting";
    private const string Neighbour = "parent-staying";
    private static readonly DateOnly Today = new(2026, 11, 26);
    private readonly NavigatorHostFactory host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task OnSqlite_ChatLinks_Answer404AfterDeleteMyData_HereAndInTheHostsNextLife()
    {
        using var first = WithGoals(host);
        var chart = await ChartLinkFromTheChatAsync(first, Parent);
        var letter = LetterLinkAsTheChatIssuesIt(first, Parent);
        var neighbours = LetterLinkAsTheChatIssuesIt(first, Neighbour);
        await AssertOpensAsync(first, chart, letter, neighbours);

        await DeleteMyDataAsync(first, Parent);

        await AssertGoneAsync(first, chart, letter);
        await AssertOpensAsync(first, neighbours);
        using var nextLife = WithGoals(new NavigatorHostFactory(host.DataDirectory));
        await AssertGoneAsync(nextLife, chart, letter);
        await AssertOpensAsync(nextLife, neighbours);
    }

    [Fact]
    public async Task OnPostgres_ChatLinks_Answer404AfterDeleteMyData_OnEveryInstance()
    {
        var connectionString = await TestPostgres.ConnectionStringAsync();
        var schema = "s_" + Guid.NewGuid().ToString("N");
        var triage = "t_" + Guid.NewGuid().ToString("N");
        try
        {
            using var instanceA = WithGoals(OnPostgres(new NavigatorHostFactory(), connectionString, schema, triage));
            using var instanceB = WithGoals(OnPostgres(new NavigatorHostFactory(), connectionString, schema, triage));
            var chart = await ChartLinkFromTheChatAsync(instanceA, Parent);
            var letter = LetterLinkAsTheChatIssuesIt(instanceA, Parent);
            var neighbours = LetterLinkAsTheChatIssuesIt(instanceA, Neighbour);
            await AssertOpensAsync(instanceB, chart, letter, neighbours);

            await DeleteMyDataAsync(instanceB, Parent);

            await AssertGoneAsync(instanceA, chart, letter);
            await AssertGoneAsync(instanceB, chart, letter);
            await AssertOpensAsync(instanceA, neighbours);
        }
        finally
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE; DROP SCHEMA IF EXISTS \"{triage}\" CASCADE;", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task ALinkIssuedAfterTheDeletion_Opens()
    {
        using var factory = WithGoals(host);
        await DeleteMyDataAsync(factory, Parent);

        var fresh = LetterLinkAsTheChatIssuesIt(factory, Parent);

        await AssertOpensAsync(factory, fresh);
    }

    private static WebApplicationFactory<Program> OnPostgres(NavigatorHostFactory factory, string connectionString, string schema, string triage) =>
        factory.WithWebHostBuilder(b => b
            .UseSetting("Storage:Provider", "Postgres")
            .UseSetting("ConnectionStrings:Postgres", connectionString)
            .UseSetting("Storage:PostgresSchema", schema)
            .UseSetting("Triage:PostgresSchema", triage));

    private static WebApplicationFactory<Program> WithGoals(WebApplicationFactory<Program> factory) =>
        factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            var clock = new FakeTimeProvider(GoalApiHost.Start);
            clock.SetLocalTimeZone(TimeZoneInfo.Utc);
            s.AddGoalHost();
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        }));

    /// <summary>The parent tracks a goal in the chat; the chart arrives as a signed host link (GoalHostConversationTests' script).</summary>
    private static async Task<string> ChartLinkFromTheChatAsync(WebApplicationFactory<Program> factory, string userId)
    {
        var client = new BotClient(factory.CreateClient(), "goals-" + userId, userId);
        await client.SendAsync("check my goals");
        await client.SendAsync("Given a grade-level passage, Maya will read aloud at 90 words correct per minute, up from a baseline of 45 words correct per minute, as measured by monthly curriculum-based probes, by May 2027.");
        await client.SendAsync("Track progress on a goal");
        await client.SendAsync("May 1");
        await client.SendAsync("June 5");
        await client.SendAsync("48");
        await client.SendAsync("Progress report");
        var verdict = await client.SendAsync("no");
        var url = (string)verdict.SelectMany(r => r["attachments"] as JArray ?? []).OfType<JObject>().Single(a => (string?)a["contentType"] == "image/png")["contentUrl"]!;
        Assert.StartsWith(ChartLinks.PathPrefix, url, StringComparison.Ordinal);
        return url;
    }

    /// <summary>A letter link from the host's own issuer, in a turn of <paramref name="userId"/> as the adapters' middleware enters it.</summary>
    private static string LetterLinkAsTheChatIssuesIt(WebApplicationFactory<Program> factory, string userId)
    {
        var owners = factory.Services.GetRequiredService<LinkOwnerScope>();
        var issuer = factory.Services.GetRequiredService<ILetterLinkIssuer>();
        using (owners.Enter("test/" + userId))
        {
            var fields = new Dictionary<string, string?>
            {
                ["childName"] = "Quillon " + userId, ["childDateOfBirth"] = "2016-07-19", ["school"] = "Lincoln Elementary", ["grade"] = "3rd",
                ["district"] = "Springfield Public Schools", ["parentName"] = "Ana Vexbrook", ["parentEmail"] = "ana@example.org",
                ["parentPhone"] = "555-0100", ["parentAddress"] = "1 Main St, Springfield", ["recipientName"] = "Dr. Lee",
                ["recipientTitle"] = "Director of Special Education", ["principalName"] = "Ms. Park",
            };
            return issuer.IssueUrl("records-request", LetterFormat.Txt, fields, new CaseFacts(), Today);
        }
    }

    private static async Task DeleteMyDataAsync(WebApplicationFactory<Program> factory, string userId)
    {
        var client = new BotClient(factory.CreateClient(), "delete-" + userId, userId);
        await client.SendAsync("delete my data");
        await client.SendAsync("yes");
    }

    private static async Task AssertOpensAsync(WebApplicationFactory<Program> factory, params string[] links)
    {
        using var http = factory.CreateClient();
        foreach (var link in links)
        {
            using var response = await http.GetAsync(new Uri(link, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static async Task AssertGoneAsync(WebApplicationFactory<Program> factory, params string[] links)
    {
        using var http = factory.CreateClient();
        foreach (var link in links)
        {
            using var response = await http.GetAsync(new Uri(link, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Quillon", body, StringComparison.Ordinal);
            Assert.DoesNotContain("ana@example.org", body, StringComparison.Ordinal);
        }
    }
}
