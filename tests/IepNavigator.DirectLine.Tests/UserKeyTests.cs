using System.Net;
using System.Security.Cryptography;
using System.Text;
using IepNavigator.DirectLine.Tests.TestHost;
using IepNavigator.DirectLine.Tokens;
using IepNavigator.Storage.Access;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace IepNavigator.DirectLine.Tests;

/// <summary>
/// The widget's user keys and the tokens they lead to (issue 21, item 3): a key only for a first visit or in exchange
/// for the current key, never for a conversation token; each key works once; a replayed key revokes them all; and a
/// user's tokens die when the user's data generation moves on ("delete my data").
/// </summary>
public sealed class UserKeyTests
{
    private static async Task<JObject> IssueAsync(DirectLineTestHost host, JObject? body = null)
    {
        using var content = body is null ? null : new StringContent(body.ToString(), Encoding.UTF8, "application/json");
        using var response = await host.Client.PostAsync(new Uri("http://localhost/api/widget/token"), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Json.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpStatusCode> StartAsync(DirectLineTestHost host, JObject issued)
    {
        using var started = await Session.SendAsync(host, HttpMethod.Post, "conversations", (string)issued["token"]!, """{"user":{}}""");
        return started.StatusCode;
    }

    [Fact]
    public async Task AStolenConversationToken_Alone_GetsNeitherThatUserNorAKeyForThem()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var victim = await IssueAsync(host);
        Assert.Equal(HttpStatusCode.Created, await StartAsync(host, victim));

        var thief = await IssueAsync(host, new JObject { ["conversationToken"] = victim["token"] });

        Assert.NotEqual((string)victim["userId"]!, (string)thief["userId"]!);
        Assert.NotEqual((string)victim["conversationId"]!, (string)thief["conversationId"]!);
        Assert.False((bool)thief["resumed"]!);
        // The key the thief got names the thief's own new visitor, never the victim.
        var later = await IssueAsync(host, new JObject { ["userKey"] = thief["userKey"] });
        Assert.Equal((string)thief["userId"]!, (string)later["userId"]!);
    }

    [Fact]
    public async Task AConversationToken_WithSomeoneElsesKey_DoesNotReopenTheirConversation()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var victim = await IssueAsync(host);
        Assert.Equal(HttpStatusCode.Created, await StartAsync(host, victim));
        var thief = await IssueAsync(host);

        var mixed = await IssueAsync(host, new JObject { ["conversationToken"] = victim["token"], ["userKey"] = thief["userKey"] });

        Assert.Equal((string)thief["userId"]!, (string)mixed["userId"]!);
        Assert.False((bool)mixed["resumed"]!);
        Assert.NotEqual((string)victim["conversationId"]!, (string)mixed["conversationId"]!);
    }

    [Fact]
    public async Task AUserKey_IsRotatedOnUse_AndItsSuccessorKeepsTheParent()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var first = await IssueAsync(host);
        host.Clock.Advance(TimeSpan.FromDays(10));

        var second = await IssueAsync(host, new JObject { ["userKey"] = first["userKey"] });
        host.Clock.Advance(TimeSpan.FromDays(10));
        var third = await IssueAsync(host, new JObject { ["userKey"] = second["userKey"] });

        Assert.Equal((string)first["userId"]!, (string)second["userId"]!);
        Assert.Equal((string)first["userId"]!, (string)third["userId"]!);
        Assert.Equal(3, new[] { first, second, third }.Select(i => (string)i["userKey"]!).Distinct().Count());
    }

    [Fact]
    public async Task AUsedKey_AgainWithinTheGrace_StillNamesTheParent_AsTwoTabsOpeningTogetherDo()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var first = await IssueAsync(host);

        var tabOne = await IssueAsync(host, new JObject { ["userKey"] = first["userKey"] });
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        var tabTwo = await IssueAsync(host, new JObject { ["userKey"] = first["userKey"] });

        Assert.Equal((string)first["userId"]!, (string)tabOne["userId"]!);
        Assert.Equal((string)first["userId"]!, (string)tabTwo["userId"]!);
    }

    [Fact]
    public async Task AUsedKey_ReplayedAfterTheGrace_RevokesEveryKeyOfThatParent_AndSaysSoWithoutNames()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var parent = await IssueAsync(host);
        var stolenThenUsedByTheThief = await IssueAsync(host, new JObject { ["userKey"] = parent["userKey"] });
        host.Clock.Advance(TimeSpan.FromMinutes(5));

        var parentComesBack = await IssueAsync(host, new JObject { ["userKey"] = parent["userKey"] });
        var thiefComesBack = await IssueAsync(host, new JObject { ["userKey"] = stolenThenUsedByTheThief["userKey"] });

        Assert.NotEqual((string)parent["userId"]!, (string)parentComesBack["userId"]!);
        Assert.NotEqual((string)parent["userId"]!, (string)thiefComesBack["userId"]!);
        var warning = Assert.Single(host.Logs.Lines, l => l.Contains("presented again", StringComparison.Ordinal));
        Assert.DoesNotContain((string)parent["userId"]!, warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheUsersDataGenerationMovesOn_EveryTokenOfTheirsIsRefused_ReadsRefreshesAndResumes()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var issued = await IssueAsync(host);
        var token = (string)issued["token"]!;
        var conversation = (string)issued["conversationId"]!;
        Assert.Equal(HttpStatusCode.Created, await StartAsync(host, issued));

        // What "delete my data" does for the Direct Line user (the host's UserDataEraser).
        await host.Services.GetRequiredService<IUserAccessStore>().AdvanceDataGenerationAsync(DirectLineTokenService.DataOwner((string)issued["userId"]!));

        using (var read = await Session.SendAsync(host, HttpMethod.Get, $"conversations/{conversation}/activities", token))
        {
            Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        }
        using (var refresh = await Session.SendAsync(host, HttpMethod.Post, "tokens/refresh", token))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
        }
        using (var resume = await Session.SendAsync(host, HttpMethod.Get, $"conversations/{conversation}", token))
        {
            Assert.Equal(HttpStatusCode.Forbidden, resume.StatusCode);
        }
        var reload = await IssueAsync(host, new JObject { ["conversationToken"] = token, ["userKey"] = issued["userKey"] });
        Assert.False((bool)reload["resumed"]!);
        // A token issued after the deletion works.
        Assert.Equal(HttpStatusCode.Created, await StartAsync(host, reload));
    }

    [Fact]
    public async Task ASignedUserKeyFromBefore_StillNamesItsParent_UntilTheirDataIsDeleted()
    {
        var signingKey = RandomNumberGenerator.GetBytes(32);
        await using var host = await DirectLineTestHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:SigningKey"] = Convert.ToBase64String(signingKey) });
        var legacy = LegacyUserKey(signingKey, "dl_returning", host.Clock.GetUtcNow().AddDays(30));

        var returning = await IssueAsync(host, new JObject { ["userKey"] = legacy });
        Assert.Equal("dl_returning", (string)returning["userId"]!);

        await host.Services.GetRequiredService<IUserAccessStore>().AdvanceDataGenerationAsync(DirectLineTokenService.DataOwner("dl_returning"));
        var afterDeletion = await IssueAsync(host, new JObject { ["userKey"] = legacy });
        Assert.NotEqual("dl_returning", (string)afterDeletion["userId"]!);
    }

    /// <summary>A user key as the previous version issued it: an HS256 JWT with use "user-key".</summary>
    private static string LegacyUserKey(byte[] signingKey, string userId, DateTimeOffset expires)
    {
        static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = Encode(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));
        var payload = Encode(Encoding.UTF8.GetBytes(new JObject { ["use"] = "user-key", ["user"] = userId, ["iat"] = expires.AddDays(-90).ToUnixTimeSeconds(), ["exp"] = expires.ToUnixTimeSeconds() }.ToString(Newtonsoft.Json.Formatting.None)));
        var signature = HMACSHA256.HashData(signingKey, Encoding.ASCII.GetBytes(header + "." + payload));
        return header + "." + payload + "." + Encode(signature);
    }
}
