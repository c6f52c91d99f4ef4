using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Web.Letters;

/// <summary>
/// Everything needed to render one dated step's calendar file: the step id and the facts and day the advice was given
/// on (the host advises again, so the date is the advice's own), in <see cref="Language"/> ("en" or "es"); sealed inside
/// a signed, encrypted, expiring link like a <see cref="LetterOrder"/>.
/// </summary>
public sealed record StepCalendarOrder(string StepId, CaseFacts Facts, DateOnly Today, string Language);
