// The package ships types, but its package.json "exports" hides them from
// TypeScript's bundler resolution; declare the part we use.
declare module 'mongodb-connection-string-url' {
  export default class ConnectionString {
    constructor(uri: string)
    hosts: string[]
    pathname: string
  }
}
