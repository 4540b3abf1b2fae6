# Multi-stage: the SDK builds, the standard ASP.NET Core runtime image runs (it has the time-zone data that
# chiseled and Alpine images lack), as the image's non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/CareerPlanner.Web/CareerPlanner.Web.csproj src/CareerPlanner.Web/
RUN dotnet restore src/CareerPlanner.Web/CareerPlanner.Web.csproj
COPY src/ src/
RUN dotnet publish src/CareerPlanner.Web/CareerPlanner.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# Created and owned before the volume is mounted on it, so a new named volume takes this ownership.
RUN mkdir -p /app/App_Data && chown "$APP_UID" /app/App_Data
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__CareerPlanner="Data Source=/app/App_Data/careerplanner.db"
EXPOSE 8080
ENTRYPOINT ["dotnet", "CareerPlanner.Web.dll"]
