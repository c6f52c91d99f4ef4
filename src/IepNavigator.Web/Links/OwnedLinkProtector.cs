using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using IepNavigator.Storage.Protection;
using Microsoft.AspNetCore.DataProtection;

namespace IepNavigator.Web.Links;

/// <summary>
/// A signed, encrypted, expiring link (<see cref="ExpiringProtector"/>) that also seals whose data it reveals and that
/// owner's data generation when it was issued. It opens only while the owner's generation is still that one: "delete
/// my data" advances it, and every earlier link of that parent answers 404 — on every instance, since the generation
/// lives beside the state. A link issued outside a chat turn names no owner and lives until it expires.
/// </summary>
public sealed class OwnedLinkProtector(IDataProtectionProvider protection, string purpose, TimeProvider clock, LinkOwnerScope? owners)
{
    private const int NoOwner = -1;

    private readonly ExpiringProtector protector = new(protection, purpose, clock);

    /// <summary>A URL-safe token for <paramref name="payload"/>, owned by the current turn's parent, if any.</summary>
    public string Protect(ReadOnlySpan<byte> payload, TimeSpan lifetime)
    {
        var owner = owners?.Current;
        var name = owner is null ? [] : Encoding.UTF8.GetBytes(owner.Owner);
        var framed = new byte[sizeof(int) + name.Length + sizeof(long) + payload.Length];
        BinaryPrimitives.WriteInt32BigEndian(framed, owner is null ? NoOwner : name.Length);
        name.CopyTo(framed.AsSpan(sizeof(int)));
        BinaryPrimitives.WriteInt64BigEndian(framed.AsSpan(sizeof(int) + name.Length), owner?.Generation ?? 0);
        payload.CopyTo(framed.AsSpan(sizeof(int) + name.Length + sizeof(long)));
        return protector.Protect(framed, lifetime);
    }

    /// <summary>The payload, or null when the link is expired, tampered with, not ours, or its owner's data was deleted since.</summary>
    public async Task<byte[]?> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        if (protector.Open(token) is not { } framed || framed.Length < sizeof(int) + sizeof(long))
        {
            return null;
        }
        var length = BinaryPrimitives.ReadInt32BigEndian(framed);
        var nameLength = length == NoOwner ? 0 : length;
        if (nameLength < 0 || framed.Length < sizeof(int) + nameLength + sizeof(long))
        {
            return null;
        }
        var generation = BinaryPrimitives.ReadInt64BigEndian(framed.AsSpan(sizeof(int) + nameLength));
        if (length != NoOwner)
        {
            // Owned links fail closed: without the store there is no telling whether the owner deleted their data.
            if (owners is null)
            {
                return null;
            }
            var owner = Encoding.UTF8.GetString(framed, sizeof(int), nameLength);
            if (await owners.Access.GetDataGenerationAsync(owner, cancellationToken).ConfigureAwait(false) != generation)
            {
                return null;
            }
        }
        return framed[(sizeof(int) + nameLength + sizeof(long))..];
    }

    /// <summary>A token for <paramref name="value"/> as JSON (<see cref="Protect"/>): what every link of ours carries.</summary>
    public string ProtectJson<T>(T value, JsonSerializerOptions options, TimeSpan lifetime) =>
        Protect(JsonSerializer.SerializeToUtf8Bytes(value, options), lifetime);

    /// <summary>The value a <see cref="ProtectJson{T}"/> token carries, or null when it does not open (<see cref="OpenAsync"/>) or is not a <typeparamref name="T"/>.</summary>
    public async Task<T?> OpenJsonAsync<T>(string? token, JsonSerializerOptions options, CancellationToken cancellationToken) where T : class
    {
        if (await OpenAsync(token, cancellationToken).ConfigureAwait(false) is not { } payload)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<T>(payload, options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
