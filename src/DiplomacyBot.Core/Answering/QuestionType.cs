namespace DiplomacyBot.Core.Answering;

/// <summary>What kind of fact a question asks for; it steers which evidence ranks first and how the lead is phrased.</summary>
public enum QuestionType
{
    Other,
    When,
    Where,
    Who,
    WhatAgreed,
    HowMany,
    HowLong,
    YesNo,
    Latest,
    Summary,
    Why,
}
