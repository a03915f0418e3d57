namespace DiplomacyBot.Core.Time;

/// <summary>
/// Settles overlapping candidates: longer spans win ("Friday, Oct. 23, 1998" over "Friday"), then lower priority
/// numbers, then earlier rules. The winners come back in text order.
/// </summary>
internal static class CandidateSelector
{
    public static List<TimexCandidate> Select(List<TimexCandidate> candidates)
    {
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var x = candidates[a];
            var y = candidates[b];
            var byLength = y.Length.CompareTo(x.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            var byPriority = x.Priority.CompareTo(y.Priority);
            return byPriority != 0 ? byPriority : a.CompareTo(b);
        });

        var chosen = new List<TimexCandidate>();
        foreach (var index in order)
        {
            var candidate = candidates[index];
            if (!chosen.Exists(c => c.Start < candidate.End && candidate.Start < c.End))
            {
                chosen.Add(candidate);
            }
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }
}
