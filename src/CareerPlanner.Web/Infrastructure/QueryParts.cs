using System.Collections.ObjectModel;
using System.Linq.Expressions;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>
/// Puts queries of the same row shape together as one UNION ALL before they are compiled, so a page that needs the parts
/// of several features reads them in one SQL command while each feature keeps writing its own part once. (A compiled
/// query's lambda cannot call a method that returns a part: EF Core would have to run it to see the query inside.)
/// </summary>
public static class QueryParts
{
    /// <summary>One query of every part's rows, in the order given; each part's parameters become the first part's.</summary>
    public static Expression<Func<TContext, TKey, IQueryable<TRow>>> Concat<TContext, TKey, TRow>(
        params Expression<Func<TContext, TKey, IQueryable<TRow>>>[] parts)
    {
        ArgumentOutOfRangeException.ThrowIfZero(parts.Length);
        var first = parts[0];
        var body = parts.Skip(1).Aggregate(first.Body, (all, part) => Expression.Call(
            typeof(Queryable), nameof(Queryable.Concat), [typeof(TRow)], all, new Rebind(part.Parameters, first.Parameters).Visit(part.Body)));
        return Expression.Lambda<Func<TContext, TKey, IQueryable<TRow>>>(body, first.Parameters);
    }

    private sealed class Rebind(ReadOnlyCollection<ParameterExpression> from, ReadOnlyCollection<ParameterExpression> to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => from.IndexOf(node) is var index and >= 0 ? to[index] : node;
    }
}
