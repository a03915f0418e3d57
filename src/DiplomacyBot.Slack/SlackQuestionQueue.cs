using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Slack;

/// <summary>Slack questions accepted and acknowledged, waiting to be answered.</summary>
public sealed class SlackQuestionQueue : ChatQuestionQueue;
