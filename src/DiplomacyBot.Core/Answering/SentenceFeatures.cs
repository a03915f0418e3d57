using System.Runtime.CompilerServices;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Events;

namespace DiplomacyBot.Core.Answering;

/// <summary>
/// What ranking reads from an article that depends on the article alone (each sentence's tense cue, the place its
/// dateline names), worked out once per article object and kept as long as the article is: the store hands out the
/// same decoded article to every question that finds it while it stays in its cache.
/// </summary>
internal static class SentenceFeatures
{
    /// <summary>Per sentence 0 while unknown, else the status plus one (a byte, so threads never see half of one).</summary>
    private sealed class Features(int sentences)
    {
        public readonly byte[] Status = new byte[sentences];

        public StrongBox<string?>? Place;
    }

    private static readonly ConditionalWeakTable<Article, Features> Known = [];

    /// <summary>The sentence's tense cue: <see cref="EventExtractor.StatusOf"/> of its text.</summary>
    public static EventStatus StatusOf(Article article, Sentence sentence)
    {
        Features features = Known.GetValue(article, a => new Features(a.Sentences.Count));
        if (sentence.Index < 0 || sentence.Index >= features.Status.Length)
        {
            return EventExtractor.StatusOf(sentence.TextOf(article));
        }

        byte known = Volatile.Read(ref features.Status[sentence.Index]);
        if (known == 0)
        {
            known = (byte)((int)EventExtractor.StatusOf(sentence.TextOf(article)) + 1);
            Volatile.Write(ref features.Status[sentence.Index], known);
        }

        return (EventStatus)(known - 1);
    }

    /// <summary>The place the article's wire dateline names: <see cref="Dateline.PlaceOf(Article)"/>.</summary>
    public static string? DatelinePlace(Article article)
    {
        Features features = Known.GetValue(article, a => new Features(a.Sentences.Count));
        StrongBox<string?> place = Volatile.Read(ref features.Place) ?? new StrongBox<string?>(Dateline.PlaceOf(article));
        Volatile.Write(ref features.Place, place);
        return place.Value;
    }
}
