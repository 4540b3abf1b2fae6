using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareerPlanner.TestSupport;

/// <summary>
/// Which tables hold a user's rows, read from the EF model rather than listed by hand, so a table added later is
/// covered by the cascade and personal-data tests without anyone remembering to add it.
/// </summary>
public static class UserOwnership
{
    /// <summary>The user table, and every table with a required foreign key to a table already owned (to a fixed point).
    /// An optional link (such as an activity's career option) is a reference, not ownership.</summary>
    public static IReadOnlyList<IEntityType> OwnedEntityTypes(IModel model)
    {
        var owned = new List<IEntityType> { model.FindEntityType(typeof(AppUser))! };
        bool added;
        do
        {
            added = false;
            foreach (var type in model.GetEntityTypes().Where(t => !owned.Contains(t) && t.GetTableName() is not null))
            {
                if (type.GetForeignKeys().Any(fk => fk.IsRequired && owned.Contains(fk.PrincipalEntityType)))
                {
                    owned.Add(type);
                    added = true;
                }
            }
        }
        while (added);
        return owned;
    }

    /// <summary>Counts the rows of <paramref name="type"/> that belong to the user, following its chain of owners.</summary>
    public static async Task<int> CountRowsAsync(DbContext db, IEntityType type, string userId)
    {
        var owned = OwnedEntityTypes(db.Model);
        var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{type.GetTableName()}\" WHERE {OwnerFilter(type, owned)}";
        return await db.Database.SqlQueryRaw<int>(sql, new Microsoft.Data.Sqlite.SqliteParameter("@userId", userId)).SingleAsync();
    }

    private static string OwnerFilter(IEntityType type, IReadOnlyList<IEntityType> owned)
    {
        if (type.ClrType == typeof(AppUser))
        {
            return $"\"{Column(type.FindPrimaryKey()!.Properties.Single())}\" = @userId";
        }
        var fk = type.GetForeignKeys().First(f => f.IsRequired && owned.Contains(f.PrincipalEntityType));
        var principal = fk.PrincipalEntityType;
        return $"\"{Column(fk.Properties.Single())}\" IN (SELECT \"{Column(fk.PrincipalKey.Properties.Single())}\" " +
               $"FROM \"{principal.GetTableName()}\" WHERE {OwnerFilter(principal, owned)})";
    }

    private static string Column(IProperty property) => property.GetColumnName();
}
