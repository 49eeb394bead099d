def server = context.get('server')
try {
    def log = new File(basedir, 'build.log').text
    assert server.listings().size() == 1
    assert server.listings()[0].bearerToken().get() == 'it-revoked-token-0b7f'
    assert log.contains('ActionKit rejected the token from env ACTIONKIT_TOKEN (HTTP 401:'
            + ' Unauthorized: invalid or expired token.). It must be a valid, unexpired Paragon'
            + ' User Token for project \'it-project\': set ACTIONKIT_TOKEN to a valid, unexpired'
            + ' Paragon User Token.')
    assert new File(basedir, 'src/main/actionkit/actions.json').bytes == context.get('snapshot')
    assert !new File(basedir, 'target/generated-sources/actionkit').exists()
    assert !log.contains('it-revoked-token-0b7f')
} finally {
    server.close()
}
