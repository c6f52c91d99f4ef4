namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// The order in which the runner offers a message to the interruptions: the one place that says what comes first, read
/// top to bottom. Each interruption names its own member as its <c>Order</c>; no two may share one (the runner refuses
/// to start, and CompositionTests fail). To add an interruption, add its member where it belongs, with why it is there.
/// The reading and the facts it states come before everything, so every later piece sees them; a command (delete, start
/// over, language) before a question; the side question and small talk last, just before the open question.
/// </summary>
public enum InterruptionOrder
{
    /// <summary>"Delete my data" also withdraws advocate requests: first of all, so the hook is in place before any other answers the turn.</summary>
    DeleteDataWithdrawal,

    /// <summary>An IEP file sent in the chat: before the message reader, the file is the message; its text is not read as an answer.</summary>
    IepUpload,

    /// <summary>The message read once (stage, intent, facts) for every later piece; the advice's own buttons are commands, never statements.</summary>
    UnderstandMessage,

    /// <summary>"English"/"Español" answering the hand-off's language question: before the chat's language switch.</summary>
    HandOffLanguageAnswer,

    /// <summary>"español" / "English": the chat's language, before anything answers in it.</summary>
    LanguageSwitch,

    /// <summary>A message in a language we do not speak: after the switch, before anything answers.</summary>
    OtherLanguage,

    /// <summary>"Welcome back — about Sam", with what is pending: after the language switches, in the language the chat goes on in.</summary>
    ReturningWelcome,

    /// <summary>A letter's answer overdue, said once, after the welcome back that leaves it to this notice.</summary>
    OverdueNotice,

    /// <summary>The facts the message states, noted: after the language switches and the welcome back.</summary>
    StatedFacts,

    /// <summary>The school's breaks: after what the message states, before "draft the letter" and the commands.</summary>
    SchoolBreaks,

    /// <summary>"help".</summary>
    Help,

    /// <summary>"what's next?" during the questions before the advice: after "help", before the commands.</summary>
    WhatNext,

    /// <summary>"start over": drops the whole flow and begins again.</summary>
    StartOver,

    /// <summary>"delete my data", after a confirmation.</summary>
    DeleteData,

    /// <summary>"withdraw my request": right after "delete my data" and before "cancel", so "cancel my request" withdraws.</summary>
    Withdraw,

    /// <summary>"cancel" / "stop".</summary>
    Cancel,

    /// <summary>"I sent it": the paper trail.</summary>
    LetterSent,

    /// <summary>"The school answered".</summary>
    SchoolAnswered,

    /// <summary>"What have I sent?"</summary>
    LedgerList,

    /// <summary>The follow-up letter when the parent's own answer date passed.</summary>
    FollowUpLetter,

    /// <summary>"Draft the letter for the records": after the paper trail's "I sent it", before "why".</summary>
    DraftLetter,

    /// <summary>"Why?" about a step.</summary>
    Why,

    /// <summary>"Talk to an advocate": after help, cancel and why; before the explainers, so "advocate" alone is a request, not a question.</summary>
    Advocate,

    /// <summary>A letter field changed ("the principal is Ms Ruiz"): after the facts and "draft the letter", before the correction's review.</summary>
    LetterFieldChange,

    /// <summary>Corrections ("change my email"): after the commands, before the side questions.</summary>
    Correction,

    /// <summary>"What do you know about my case?": the review screen.</summary>
    Review,

    /// <summary>"switch child".</summary>
    SwitchChild,

    /// <summary>"add a child".</summary>
    AddChild,

    /// <summary>The goal tracker: after the runtime's and the flows' own commands.</summary>
    Goal,

    /// <summary>"What is an IEE?": after "why", the advocate and the goal tracker ("how is she doing?" is the tracker's), before the letter's own answers.</summary>
    SideQuestion,

    /// <summary>An answer to a letter's question: after every command.</summary>
    LetterAnswer,

    /// <summary>"hi", "thanks", "what's the weather": last, so anything with substance is taken first.</summary>
    SmallTalk,
}
