using System.Net;
using IepNavigator.Web.Limits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.Text;
using Newtonsoft.Json;

namespace IepNavigator.Hostile.Tests;

/// <summary>The rate limiter: per chat user and per client address, answered 429 with a Retry-After.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Messages_OverThePerUserLimit_Are429WithRetryAfter_WhileAnotherUserIsServed()
    {
        using var host = new HostileHost(new()
        {
            ["Limits:PermitsPerUserPerWindow"] = "3",
            ["Limits:PermitsPerIpPerWindow"] = "1000",
            ["Limits:Window"] = "00:10:00",
        });
        var client = host.CreateBoundedClient();
        var eager = new ChatClient(client, "rate-eager", "eager-parent");

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEmpty(await eager.SayAsync("hi"));
        }
        using var refused = await eager.PostRawAsync(Encoding.UTF8.GetBytes(Message(eager).ToString(Formatting.None)), "application/json");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        var other = new ChatClient(client, "rate-other", "other-parent");
        Assert.NotEmpty(await other.SayAsync("hi"));
    }

    [Fact]
    public async Task Api_OverThePerAddressLimit_Is429WithRetryAfter_ButHealthProbesAreNotLimited()
    {
        using var host = new HostileHost(new()
        {
            ["Limits:PermitsPerIpPerWindow"] = "4",
            ["Limits:Window"] = "00:10:00",
        });
        var client = host.CreateBoundedClient();
        for (var i = 0; i < 4; i++)
        {
            using var ok = await client.GetAsync(new Uri("/api/v1/steps", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var refused = await client.GetAsync(new Uri("/api/v1/steps", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));

        using var probe = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
    }

    [Fact]
    public async Task Limits_WiredTwice_CountEachRequestOnce()
    {
        // Program.cs and a test host may both add the limits: a request must still use one permit, not two.
        using var host = new HostileHost(new()
        {
            ["Limits:PermitsPerIpPerWindow"] = "3",
            ["Limits:Window"] = "00:10:00",
        }, services =>
        {
            services.AddRequestLimits(new ConfigurationBuilder().Build());
            services.AddSingleton<IStartupFilter, HostileHost.RequestLimitsStartupFilter>();
        });
        var client = host.CreateBoundedClient();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.GetAsync(new Uri("/api/v1/steps", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var refused = await client.GetAsync(new Uri("/api/v1/steps", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task Limits_Disabled_LetEveryRequestThrough()
    {
        using var host = new HostileHost(new()
        {
            ["Limits:Enabled"] = "false",
            ["Limits:PermitsPerIpPerWindow"] = "1",
        });
        var client = host.CreateBoundedClient();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.GetAsync(new Uri("/api/v1/steps", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
    }

    [Fact]
    public async Task DirectLine_PostsOverThePerUserLimit_Are429_ButReadingRepliesIsNotCounted()
    {
        using var host = new HostileHost(new()
        {
            ["Limits:PermitsPerUserPerWindow"] = "2",
            ["Limits:Window"] = "00:10:00",
        });
        var session = await DirectLineSession.TryStartAsync(host.CreateBoundedClient());
        if (session is null)
        {
            return; // the host has no embedded Direct Line endpoints
        }
        var message = Encoding.UTF8.GetBytes($$"""{"type":"message","from":{"id":"{{session.UserId}}"},"text":"hi"}""");

        // Starting the conversation was the first turn-like post; one more is allowed, then the token is throttled.
        using (var second = await session.PostActivityAsync(message, "application/json"))
        {
            Assert.True(second.IsSuccessStatusCode, $"the second post was answered {(int)second.StatusCode}");
        }
        using var refused = await session.PostActivityAsync(message, "application/json");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));

        for (var i = 0; i < 5; i++)
        {
            await session.ReadAsync(null); // asserts a 2xx: a polling widget is not throttled per user
        }
    }

    private static Newtonsoft.Json.Linq.JObject Message(ChatClient chat)
    {
        var activity = ChatClient.Envelope("message", chat.ConversationId, chat.UserId);
        activity["text"] = "hi";
        return activity;
    }
}
