using IepNavigator.Storage.Protection;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.Storage.Tests.Protection;

/// <summary>A sealed token lives exactly as long as the injected clock says, wherever that clock is set.</summary>
public sealed class ExpiringProtectorTests
{
    private static readonly byte[] Payload = "{\"goal\":\"reading\"}"u8.ToArray();
    private readonly EphemeralDataProtectionProvider protection = new();

    [Theory]
    [InlineData(2019)]
    [InlineData(2026)]
    [InlineData(2045)]
    public void Open_BeforeExpiryOnTheIssuingClock_ReturnsThePayload_AfterIt_Null(int year)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(year, 11, 26, 15, 0, 0, TimeSpan.Zero));
        var protector = new ExpiringProtector(protection, "test.v1", clock);
        var token = protector.Protect(Payload, TimeSpan.FromHours(2));

        clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        Assert.Equal(Payload, protector.Open(token));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(protector.Open(token));
    }

    [Fact]
    public void Open_TamperedOtherPurposeOrGarbage_IsNull()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero));
        var protector = new ExpiringProtector(protection, "test.v1", clock);
        var token = protector.Protect(Payload, TimeSpan.FromMinutes(30));

        var tampered = token[..^4] + (token[^4] == 'A' ? 'B' : 'A') + token[^3..];
        Assert.Null(protector.Open(tampered));
        Assert.Null(new ExpiringProtector(protection, "test.other", clock).Open(token));
        Assert.Null(protector.Open("not a token!"));
        Assert.Null(protector.Open(""));
        Assert.Null(protector.Open(null));
    }

    [Fact]
    public void Protect_NonPositiveLifetime_Throws()
    {
        var protector = new ExpiringProtector(protection, "test.v1", new FakeTimeProvider());
        Assert.Throws<ArgumentOutOfRangeException>(() => protector.Protect(Payload, TimeSpan.Zero));
    }
}
