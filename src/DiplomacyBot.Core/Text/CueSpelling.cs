using System.Collections.Frozen;

namespace DiplomacyBot.Core.Text;

/// <summary>
/// Mends a question's word typed one slip away from a word that decides how the question is read: the cues of
/// <c>Text/Lexicons/question-cues.txt</c> and the outcome and done words ("wen" -> "when", "acutally" -> "actually",
/// "agred" -> "agreed"). The slips allowed are those typing makes: a letter left out, two neighbours swapped, and in
/// longer words one letter wrong or doubled. The first letter is kept, and a word close to two cues is left alone.
/// </summary>
public static class CueSpelling
{
    private static readonly FrozenSet<string> Cues = Lexicon.QuestionCues
        .Concat(Lexicon.OutcomeWords).Concat(Lexicon.DoneWords)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The cue <paramref name="word"/> was meant as; null when it is one, or near none or more than one.</summary>
    public static string? Mended(string word) => Nearest(word, Cues);

    /// <summary>
    /// The one of <paramref name="words"/> that <paramref name="word"/> is a slip away from; null when it is one of
    /// them, or near none or more than one.
    /// </summary>
    public static string? Nearest(string word, IReadOnlySet<string> words)
    {
        if (word.Length < 3 || words.Contains(word) || !word.All(char.IsLetter))
        {
            return null;
        }

        string typed = word.ToLowerInvariant();
        string? found = null;
        foreach (string cue in words)
        {
            if (cue[0] == typed[0] && OneSlip(typed, cue))
            {
                if (found is not null && found != cue)
                {
                    return null;
                }

                found = cue;
            }
        }

        return found;
    }

    /// <summary>Whether <paramref name="typed"/> is one slip away from <paramref name="word"/>, in any case ("norrdby" from "Nordby").</summary>
    public static bool IsSlipOf(string typed, string word) =>
        typed.Length >= 3 && word.Length >= 3 && char.ToLowerInvariant(typed[0]) == char.ToLowerInvariant(word[0])
        && OneSlip(typed.ToLowerInvariant(), word.ToLowerInvariant());

    private static bool OneSlip(string typed, string cue)
    {
        if (typed.Length == cue.Length - 1)
        {
            return Dropped(typed, cue);
        }

        if (typed.Length == cue.Length + 1)
        {
            // A letter typed twice or one too many, in a word long enough not to be another word: "finallly".
            return typed.Length >= 7 && Dropped(cue, typed);
        }

        if (typed.Length != cue.Length)
        {
            return false;
        }

        int first = -1;
        int differing = 0;
        for (int i = 0; i < typed.Length; i++)
        {
            if (typed[i] != cue[i])
            {
                first = differing == 0 ? i : first;
                differing++;
            }
        }

        return differing switch
        {
            1 => typed.Length >= 6,
            2 => first + 1 < typed.Length && typed[first] == cue[first + 1] && typed[first + 1] == cue[first],
            _ => false,
        };
    }

    /// <summary>Whether <paramref name="shorter"/> is <paramref name="longer"/> with one letter left out.</summary>
    private static bool Dropped(string shorter, string longer)
    {
        int i = 0;
        while (i < shorter.Length && shorter[i] == longer[i])
        {
            i++;
        }

        return shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }
}
