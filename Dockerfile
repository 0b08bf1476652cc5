# Build a static binary, then run it as a non-root user on a minimal image.
#
#   docker build -t storybot .
#   docker run -it storybot                      # the terminal chat (needs -it)
#   docker run -p 8080:8080 -e SLACK_BOT_TOKEN=xoxb-... -e SLACK_SIGNING_SECRET=... \
#     -e REDIS_URL=redis://redis:6379/0 storybot # Slack over HTTP on port 8080
#
# With no chat platform configured and no terminal (no -it), `storybot run`
# says what to set before it exits.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
# go.mod replaces two modules with the patched copies in third_party/.
COPY third_party ./third_party
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/storybot ./cmd/storybot

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/storybot /usr/local/bin/storybot
USER nonroot:nonroot
EXPOSE 8080
ENV STORYBOT_HTTP_ADDR=:8080
ENTRYPOINT ["/usr/local/bin/storybot"]
CMD ["run"]
