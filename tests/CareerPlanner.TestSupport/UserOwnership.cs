using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareerPlanner.TestSupport;

/// <summary>Which tables hold a user's rows, and how many rows of one table are a user's.</summary>
public static class UserOwnership
{
    /// <summary>The tables that hold a user's rows (<see cref="Web.Data.OwnedTables"/>).</summary>
    public static IReadOnlyList<IEntityType> OwnedEntityTypes(IModel model) => Web.Data.OwnedTables.Of(model);

    /// <summary>Counts the rows of <paramref name="type"/> that belong to the user, following its chain of owners.</summary>
    public static async Task<int> CountRowsAsync(DbContext db, IEntityType type, string userId)
    {
        var owned = OwnedEntityTypes(db.Model);
        var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{type.GetTableName()}\" WHERE {OwnerFilter(type, owned)}";
        return await db.Database.SqlQueryRaw<int>(sql, userId).SingleAsync();
    }

    private static string OwnerFilter(IEntityType type, IReadOnlyList<IEntityType> owned)
    {
        if (type.ClrType == typeof(AppUser))
        {
            return $"\"{Column(type.FindPrimaryKey()!.Properties.Single())}\" = {{0}}";
        }
        var fk = type.GetForeignKeys().First(f => f.IsRequired && owned.Contains(f.PrincipalEntityType));
        var principal = fk.PrincipalEntityType;
        return $"\"{Column(fk.Properties.Single())}\" IN (SELECT \"{Column(fk.PrincipalKey.Properties.Single())}\" " +
               $"FROM \"{principal.GetTableName()}\" WHERE {OwnerFilter(principal, owned)})";
    }

    private static string Column(IProperty property) => property.GetColumnName();
}
