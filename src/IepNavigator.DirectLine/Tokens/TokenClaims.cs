namespace IepNavigator.DirectLine.Tokens;

/// <summary>What a token is for: a conversation token must never be accepted as a user key and vice versa.</summary>
public enum TokenPurpose
{
    Conversation,
    UserKey,
}

/// <summary>The claims a signed token carries. <see cref="ConversationId"/> is null for user keys.</summary>
public sealed record TokenClaims(TokenPurpose Purpose, string UserId, string? ConversationId, DateTimeOffset ExpiresAt);

/// <summary>Outcome of checking a bearer token.</summary>
public enum TokenStatus
{
    Valid,
    Malformed,
    BadSignature,
    Expired,
    WrongPurpose,
}

public sealed record TokenCheck(TokenStatus Status, TokenClaims? Claims)
{
    public bool IsValid => Status == TokenStatus.Valid;
}
