using Microsoft.AspNetCore.Http;

namespace IepNavigator.DirectLine.Http;

/// <summary>Error bodies shaped like Azure's (<c>{"error":{"code","message"}}</c>); DLJS reacts to the status,
/// and to <c>TokenExpired</c> on 403.</summary>
internal static class DirectLineErrors
{
    public static IResult MissingAuth() => Error(StatusCodes.Status401Unauthorized, "BadArgument", "Missing token or secret.");

    public static IResult Expired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "Token expired.");

    public static IResult InvalidToken() => Error(StatusCodes.Status403Forbidden, "BadArgument", "Token or secret not valid.");

    public static IResult WrongConversation() => Error(StatusCodes.Status403Forbidden, "BadArgument", "Token not valid for this conversation.");

    public static IResult UnknownConversation() => Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");

    public static IResult TooLarge() => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "Activity too large.");

    public static IResult ForbiddenOrigin() => Error(StatusCodes.Status403Forbidden, "BadArgument", "This site may not embed the chat (Widget:AllowedOrigins).");

    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorBody(new ErrorDetail(code, message)), statusCode: status);

    private sealed record ErrorBody(ErrorDetail Error);

    private sealed record ErrorDetail(string Code, string Message);
}
