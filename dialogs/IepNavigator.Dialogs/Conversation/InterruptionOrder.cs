namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// The order in which the runner offers a message to the interruptions: the one place that says what comes first.
/// Lower runs first. The reading and the facts it states come before everything, so every later piece sees them; a
/// command (delete, start over, language) before a question; the side question last, just before the open question.
/// </summary>
public static class InterruptionOrder
{
    public const int UnderstandMessage = -100;
    /// <summary>
    /// "Welcome back — about Sam", with what is pending, before anything else answers the first message after the gap:
    /// after the language switches (5, 6), so it is said in the language the chat goes on in.
    /// </summary>
    public const int ReturningWelcome = 7;

    /// <summary>A letter's answer overdue, said once, after the welcome back that leaves it to this notice.</summary>
    public const int OverdueNotice = 8;

    /// <summary>After the language switches (5, 6) and the welcome back, so what was noted is said in the language the chat goes on in.</summary>
    public const int StatedFacts = 9;

    /// <summary>"what's next?" during the questions before the advice: after "help" (10), before the commands (20 on).</summary>
    public const int WhatNext = 11;

    /// <summary>"Draft the letter for the records": after the ledger's "I sent it" (35-38), before "why" (40).</summary>
    public const int DraftLetter = 39;

    /// <summary>Corrections ("change my email"): after the commands, before the side questions.</summary>
    public const int Correction = 48;

    /// <summary>After "why", the advocate and the goal tracker ("how is she doing?" is the tracker's), before the letter's own answers.</summary>
    public const int SideQuestion = 82;

    /// <summary>"hi", "thanks", "what's the weather": last, so anything with substance is taken first.</summary>
    public const int SmallTalk = 90;
}
