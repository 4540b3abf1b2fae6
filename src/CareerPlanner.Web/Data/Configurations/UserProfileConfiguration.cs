using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class UserProfileConfiguration : IEntityTypeConfiguration<UserProfile>
{
    public void Configure(EntityTypeBuilder<UserProfile> profile)
    {
        profile.Property(p => p.DisplayName).HasMaxLength(UserProfile.DisplayNameMaxLength);
        profile.Property(p => p.TimeZoneId).HasMaxLength(UserProfile.TimeZoneIdMaxLength);
        profile.Property(p => p.FirstDayOfWeek).HasConversion<string>().HasMaxLength(10);
        profile.Property(p => p.Version).IsConcurrencyToken();
        profile.HasOne<AppUser>().WithOne().HasForeignKey<UserProfile>(p => p.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        profile.HasIndex(p => p.UserId).IsUnique();
    }
}
