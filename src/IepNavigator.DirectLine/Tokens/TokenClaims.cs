namespace IepNavigator.DirectLine.Tokens;

/// <summary>
/// What a token is for: a conversation token must never be accepted as a user key and vice versa. User keys are no
/// longer tokens (they are random secrets in <c>IUserAccessStore</c>); signed ones issued before still name their user
/// until they expire, unless the user's data was deleted since.
/// </summary>
public enum TokenPurpose
{
    Conversation,
    UserKey,
}

/// <summary>
/// The claims a signed token carries. <see cref="ConversationId"/> is null for user keys. <see cref="Generation"/> is
/// the user's data generation when the token was issued (0 for tokens from before generations existed).
/// </summary>
public sealed record TokenClaims(TokenPurpose Purpose, string UserId, string? ConversationId, DateTimeOffset ExpiresAt, long Generation = 0);

/// <summary>Outcome of checking a bearer token.</summary>
public enum TokenStatus
{
    Valid,
    Malformed,
    BadSignature,
    Expired,
    WrongPurpose,

    /// <summary>Signed and in date, but the user's data was deleted after it was issued.</summary>
    Revoked,
}

public sealed record TokenCheck(TokenStatus Status, TokenClaims? Claims)
{
    public bool IsValid => Status == TokenStatus.Valid;
}
