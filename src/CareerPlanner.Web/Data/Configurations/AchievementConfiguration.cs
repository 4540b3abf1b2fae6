using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class AchievementConfiguration : IEntityTypeConfiguration<Achievement>
{
    public void Configure(EntityTypeBuilder<Achievement> achievement)
    {
        achievement.Property(a => a.What).HasMaxLength(Achievement.WhatMaxLength).IsRequired();
        achievement.Property(a => a.Impact).HasMaxLength(Achievement.ImpactMaxLength);
        achievement.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        achievement.HasMany(a => a.Goals).WithOne().HasForeignKey(l => l.AchievementId).OnDelete(DeleteBehavior.Cascade);
        achievement.HasMany(a => a.Skills).WithOne().HasForeignKey(l => l.AchievementId).OnDelete(DeleteBehavior.Cascade);
        achievement.HasOne<Position>().WithMany().HasForeignKey(a => a.PositionId).OnDelete(DeleteBehavior.SetNull);
        achievement.HasIndex(a => new { a.UserId, a.Date });
        achievement.Property(a => a.Version).IsConcurrencyToken();
    }
}

public sealed class AchievementGoalLinkConfiguration : IEntityTypeConfiguration<AchievementGoalLink>
{
    public void Configure(EntityTypeBuilder<AchievementGoalLink> link)
    {
        link.HasKey(l => new { l.AchievementId, l.GoalId });
        link.HasOne<Goal>().WithMany().HasForeignKey(l => l.GoalId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AchievementSkillLinkConfiguration : IEntityTypeConfiguration<AchievementSkillLink>
{
    public void Configure(EntityTypeBuilder<AchievementSkillLink> link)
    {
        link.HasKey(l => new { l.AchievementId, l.SkillId });
        link.HasOne<Skill>().WithMany().HasForeignKey(l => l.SkillId).OnDelete(DeleteBehavior.Cascade);
    }
}
