namespace CareerPlanner.Web.Data;

/// <summary>Puts items after the items they depend on (a link of an item to itself aside): the backup's lists and the
/// tables of the database copy are written in this order.</summary>
public static class DependencyOrder
{
    /// <summary>Repeatedly takes the first item, in the given order, whose dependencies are all taken; throws on a circle.</summary>
    public static List<T> Of<T>(IEnumerable<T> items, Func<T, IEnumerable<T>> dependsOn) where T : notnull
    {
        var remaining = items.ToList();
        var done = new List<T>();
        var taken = new HashSet<T>();
        while (remaining.Count > 0)
        {
            var ready = remaining.FindIndex(item => dependsOn(item).All(d => d.Equals(item) || taken.Contains(d)));
            if (ready < 0)
            {
                throw new InvalidOperationException($"These refer to each other in a circle: {string.Join(", ", remaining)}.");
            }
            done.Add(remaining[ready]);
            taken.Add(remaining[ready]);
            remaining.RemoveAt(ready);
        }
        return done;
    }
}
